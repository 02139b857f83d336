import { rankBloc } from "../../../core/bloc";
import type { ReturnSource } from "../../../core/bloc";
import { compile2019, inputs2019, sources2019 } from "./blocKit";

describe("rankBloc (use case): a bloc's year ranked, with what every adapter shows", () => {
  it("says a pair separated by a tie-break rule is separated only by it, naming the rule in the ties", () => {
    const ranked = rankBloc(compile2019(), sources2019(), inputs2019);
    expect(ranked.result.ties.map((t) => [t.above, t.below, t.resolvedBy])).toEqual([
      ["tand-tinh", "cuc-thads-tinh", { key: "votes", award: "co-ubnd-tinh" }],
    ]);
    expect(ranked.closeCalls.map((c) => c.sentence.vi)).toEqual([
      "Sát nút: Tòa án nhân dân tỉnh và Cục Thi hành án dân sự tỉnh bằng điểm, chỉ phân định bằng tiêu chí phụ",
    ]);
  });

  it("never calls a tie left to the meeting separated: same rank, the meeting decides", () => {
    const ranked = rankBloc(compile2019({ tieBreak: [{ key: "meeting" }] }), sources2019(), inputs2019);
    const level = ranked.result.units.filter((u) => u.total === 97);
    expect(level.map((u) => u.rank)).toEqual([3, 3]);
    expect(ranked.closeCalls.map((c) => c.sentence)).toEqual([
      {
        vi: "Sát nút: Cục Thi hành án dân sự tỉnh và Tòa án nhân dân tỉnh bằng điểm, chưa phân định (cùng hạng, Hội nghị Khối quyết định)",
        en: "Close call: Cục Thi hành án dân sự tỉnh and Tòa án nhân dân tỉnh are level and not separated (same rank, the meeting decides)",
      },
    ]);
  });

  it("says the meeting ordered a tie it decided", () => {
    const votes = {
      ...inputs2019.votes!,
      tieDecisions: [{ order: ["tand-tinh", "cuc-thads-tinh"], reason: "Hội nghị biểu quyết" }],
    };
    const ranked = rankBloc(compile2019({ tieBreak: [{ key: "meeting" }] }), sources2019(), {
      ...inputs2019,
      votes,
    });
    expect(ranked.result.problems).toEqual([]);
    expect(ranked.closeCalls.map((c) => c.sentence.en)).toEqual([
      "Close call: Tòa án nhân dân tỉnh and Cục Thi hành án dân sự tỉnh are level, ordered by the meeting's decision",
    ]);
  });

  it("lists the proposals highest award first while deciding the prerequisite first", () => {
    const ranked = rankBloc(compile2019(), sources2019(), inputs2019);
    // The Government flag requires the provincial flag: decided second, listed first.
    expect(ranked.result.proposals.map((p) => p.award)).toEqual([
      "co-ubnd-tinh",
      "co-chinh-phu",
      "bang-khen",
    ]);
    expect(ranked.proposalsInAwardOrder.map((p) => p.award)).toEqual([
      "co-chinh-phu",
      "co-ubnd-tinh",
      "bang-khen",
    ]);
    expect(ranked.proposalsInAwardOrder[0]).toBe(ranked.result.proposals[1]);
  });

  it("gives the self scores it ranked from and a what-if computed from them", () => {
    const ranked = rankBloc(compile2019(), sources2019(), inputs2019, { whatIf: "cong-an-tinh" });
    expect(ranked.selfScores.map((s) => s.unitId).sort()).toEqual(
      ranked.result.units.map((u) => u.unitId).sort(),
    );
    expect(ranked.whatIf).toMatchObject({ unitId: "cong-an-tinh", rank: 2, target: { unitId: "so-noi-vu" } });
    expect(rankBloc(compile2019(), sources2019(), inputs2019).whatIf).toBeUndefined();
  });
});

describe("rankBloc (use case): a unit that sent more than one return", () => {
  const withSecond = (second: (first: ReturnSource) => ReturnSource): ReturnSource[] => {
    const all = sources2019();
    return [...all, second(all[0]!)];
  };

  it("counts the later of two returns from one unit and says so, naming the file set aside", () => {
    const returns = withSecond((first) => ({
      source: "so-noi-vu-lan-2.json",
      return: {
        ...first.return,
        submittedAt: "2019-12-03T08:00:00+07:00",
        entries: { ...first.return.entries, "VIII.1": { score: 10 } },
      },
    }));
    const ranked = rankBloc(compile2019(), returns, inputs2019);
    expect(ranked.result.units[0]).toMatchObject({ unitId: "so-noi-vu", total: 100 });
    expect(ranked.result.problems).toEqual([
      {
        source: "returns",
        path: "so-noi-vu",
        unitId: "so-noi-vu",
        type: "duplicate-superseded",
        file: "so-noi-vu.json",
        message: {
          vi: "Sở Nội vụ có nhiều bảng tự chấm; dùng bảng nộp sau cùng, bỏ qua bảng nộp 2019-12-02T08:30:00+07:00 (so-noi-vu.json).",
          en: "Sở Nội vụ has several returns; the latest counts, the one submitted 2019-12-02T08:30:00+07:00 (so-noi-vu.json) is ignored.",
        },
      },
    ]);
  });

  it("uses an identical copy once and says so, keeping the unit ranked and naming both files (their folders when the names are the same)", () => {
    const returns = withSecond((first) => ({
      source: "copy/so-noi-vu.json",
      return: structuredClone(first.return),
    }));
    const ranked = rankBloc(compile2019(), returns, inputs2019);
    expect(ranked.result.units[0]).toMatchObject({ unitId: "so-noi-vu", rank: 1, total: 99.5 });
    expect(ranked.result.problems.map((p) => [p.type, p.message.vi])).toEqual([
      [
        "duplicate-identical",
        "Sở Nội vụ gửi 2 bản giống hệt nhau (so-noi-vu.json, copy/so-noi-vu.json); chỉ dùng một bản.",
      ],
    ]);
  });

  it("counts neither of two differing returns when nothing says which is later, and says so for each", () => {
    const returns = withSecond((first) => ({
      source: "b.json",
      return: { ...first.return, entries: { ...first.return.entries, "VIII.1": { score: 10 } } },
    }));
    const ranked = rankBloc(compile2019(), returns, inputs2019);
    expect(ranked.result.units.find((u) => u.unitId === "so-noi-vu")).toMatchObject({
      hasReturn: false,
      rank: null,
    });
    expect(ranked.result.problems.filter((p) => p.type === "duplicate-undecided").map((p) => p.file)).toEqual(
      ["so-noi-vu.json", "b.json"],
    );
    expect(ranked.result.problems[0]!.message.en).toBe(
      "Sở Nội vụ sent 2 files (so-noi-vu.json, b.json) that differ, with nothing saying which is later; none is used until one is kept.",
    );
    expect(ranked.result.problems.map((p) => p.type)).toContain("missing-returns");
  });
});
