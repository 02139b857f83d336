import { rankBloc, selfScores, usableReturns } from "../../../core/ranking/rankBloc";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import { whatIfOneRank } from "../../../core/ranking/stability/whatIfOneRank";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { plain } from "./rankingKit";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";

function compile(template: TemplateInput = haGiang2019Template) {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.compiled;
}

const inputs: RankingInputs = {
  reviews: haGiang2019Reviews,
  votes: haGiang2019Votes,
  history: haGiang2019History,
  eligibility: haGiang2019Eligibility,
};

describe("rankBloc: Hà Giang, Khối Nội chính 2019 (worked example)", () => {
  const compiled = compile();
  const result = rankBloc(compiled, haGiang2019Returns(), inputs);
  const unit = (id: string) => result.units.find((u) => u.unitId === id)!;

  it("ranks Sở Nội vụ first and proposes it for the Government flag", () => {
    expect(result.problems).toEqual([]);
    expect(result.units.map((u) => [u.unitId, u.rank, u.total])).toEqual([
      ["so-noi-vu", 1, 99.5],
      ["cong-an-tinh", 2, 98],
      ["tand-tinh", 3, 97],
      ["cuc-thads-tinh", 4, 97],
      ["vksnd-tinh", 5, 93],
      ["bo-chqs-tinh", 6, 91.5],
      ["thanh-tra-tinh", 7, 89],
      ["so-tu-phap", 8, 88],
    ]);
    expect(unit("so-noi-vu").proposed).toBe("co-chinh-phu");
    expect(unit("so-noi-vu").proposals).toEqual(["co-chinh-phu", "co-ubnd-tinh"]);
  });

  it("proposes TAND tỉnh and Cục THADS tỉnh for the provincial flag, within the quota of 3", () => {
    const flag = result.proposals.find((p) => p.award === "co-ubnd-tinh")!;
    expect(flag.proposed).toEqual(["so-noi-vu", "tand-tinh", "cuc-thads-tinh"]);
    expect(flag.quota).toBe(3);
    expect(unit("tand-tinh").proposed).toBe("co-ubnd-tinh");
    expect(unit("cuc-thads-tinh").proposed).toBe("co-ubnd-tinh");
    expect(result.proposals.find((p) => p.award === "bang-khen")!.proposed).toEqual([
      "vksnd-tinh",
      "bo-chqs-tinh",
    ]);
  });

  it("keeps Công an tỉnh ranked but not proposed, with the flag's reason", () => {
    expect(unit("cong-an-tinh")).toMatchObject({ rank: 2, proposed: null, bonus: 1 });
    expect(unit("cong-an-tinh").eligibility.awardable).toBe(false);
    expect(unit("cong-an-tinh").eligibility.reasons[0]!.flag).toBe("disciplined-head");
  });

  it("writes the tie between TAND tỉnh and Cục THADS tỉnh as the minutes will", () => {
    expect(result.ties.map((t) => t.sentence.vi)).toEqual([
      "Tòa án nhân dân tỉnh xếp trên Cục Thi hành án dân sự tỉnh do nhiều phiếu bầu Cờ thi đua của UBND tỉnh hơn (7 phiếu so với 6 phiếu)",
    ]);
  });

  it("says which stage each changed number came from", () => {
    expect(unit("thanh-tra-tinh")).toMatchObject({ selfTotal: 92, reviewedScore: 89, total: 89 });
    expect(unit("thanh-tra-tinh").stages.map((s) => [s.code, s.self, s.final, s.stage])).toEqual([
      ["I.1", 20, 17, "review"],
    ]);
    expect(unit("so-tu-phap").stages.map((s) => [s.code, s.self, s.final, s.stage])).toEqual([
      ["V.1", 8, 6, "second-review"],
    ]);
    // The trail keeps the first review and the explanation that led to the second review.
    expect(unit("so-tu-phap").stages[0]!.trail.map((s) => [s.stage, s.points, s.by, s.at])).toEqual([
      ["self", 8, null, null],
      ["review", 4, "Cục THADS tỉnh (Khối trưởng)", "2019-12-10T10:00:00+07:00"],
      ["explanation", null, null, "2019-12-12T08:00:00+07:00"],
      ["second-review", 6, "Cục THADS tỉnh và Sở Nội vụ (Khối phó)", "2019-12-14T14:00:00+07:00"],
    ]);
    expect(unit("so-noi-vu").stages).toEqual([]);
  });

  it("suggests Sở Nội vụ as leader for 2020 by election", () => {
    expect(result.rotation).toMatchObject({ year: 2020, leader: "so-noi-vu", deputy: "tand-tinh" });
  });

  it("reports that the TAND/Cục THADS order depends on the tie-break chain", () => {
    expect(result.stability.robust).toBe(false);
    expect(result.stability.alternatives[0]!.moves).toEqual([
      { unitId: "tand-tinh", rank: 3, alternativeRank: 4 },
      { unitId: "cuc-thads-tinh", rank: 4, alternativeRank: 3 },
    ]);
    expect(result.stability.closeCalls).toEqual([{ above: "tand-tinh", below: "cuc-thads-tinh", gap: 0 }]);
  });

  it("flags the late return automatically from the policy's deadline", () => {
    expect(unit("so-tu-phap").eligibility.reasons.map((r) => r.flag)).toEqual(["late-return"]);
  });
});

describe("rankBloc: reproducibility", () => {
  const compiled = compile();

  it("gives the same result and hash for the same inputs in any order", () => {
    const a = rankBloc(compiled, haGiang2019Returns(), inputs);
    const shuffled: RankingInputs = {
      ...inputs,
      reviews: { ...haGiang2019Reviews, adjustments: [...haGiang2019Reviews.adjustments].reverse() },
      votes: {
        ...haGiang2019Votes,
        ballots: [...haGiang2019Votes.ballots]
          .reverse()
          .map((b) => ({ ...b, tallies: [...b.tallies].reverse() })),
      },
    };
    const b = rankBloc(compiled, haGiang2019Returns().reverse(), shuffled);
    expect(plain(b)).toEqual(plain(a));
    expect(b.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("gives another hash when any input changes (one vote)", () => {
    const a = rankBloc(compiled, haGiang2019Returns(), inputs);
    const votes = structuredClone(haGiang2019Votes);
    votes.ballots[0]!.tallies[3]!.votes = 3;
    expect(rankBloc(compiled, haGiang2019Returns(), { ...inputs, votes }).inputHash).not.toBe(a.inputHash);
  });

  it("covers the ranking policy in the hash although it does not change the fingerprint", () => {
    const other = compile({
      ...haGiang2019Template,
      ranking: { ...haGiang2019Template.ranking!, minimumTotal: 90 },
    });
    const a = rankBloc(compiled, haGiang2019Returns(), inputs);
    const b = rankBloc(other, haGiang2019Returns(), inputs);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.inputHash).not.toBe(a.inputHash);
  });

  it("re-ranks after a retroactive disqualification: the unit loses its rank and proposal, the place is explained", () => {
    const before = rankBloc(compiled, haGiang2019Returns(), inputs);
    const eligibility = structuredClone(haGiang2019Eligibility);
    eligibility.flags.push({
      unitId: "tand-tinh",
      flag: "manual",
      reason: "Kê khai thành tích không đúng, phát hiện sau khi xét (thu hồi)",
      decidedAt: "2020-06-01T00:00:00+07:00",
    });
    const after = rankBloc(compiled, haGiang2019Returns(), { ...inputs, eligibility });
    expect(after.inputHash).not.toBe(before.inputHash);
    const tand = after.units.find((u) => u.unitId === "tand-tinh")!;
    // "manual" excludes from the ranking in this bloc's policy.
    expect(tand).toMatchObject({ rank: null, proposed: null });
    const flag = after.proposals.find((p) => p.award === "co-ubnd-tinh")!;
    // Nobody else reaches the "Xuất sắc" band the flag requires, so the third place stays unused, with the reason.
    expect(flag.proposed).toEqual(["so-noi-vu", "cuc-thads-tinh"]);
    expect(flag.unusedReason!.vi).toBe(
      "Không sử dụng 1 suất: không còn đơn vị đáp ứng điều kiện (2 không đủ điều kiện, 3 xếp loại chưa đạt)",
    );
    expect(after.units.find((u) => u.unitId === "cuc-thads-tinh")!.rank).toBe(3);
  });

  it("drops an award bonus when the history marks the award revoked", () => {
    const history = structuredClone(haGiang2019History);
    history.awards[0]!.revoked = true;
    const after = rankBloc(compiled, haGiang2019Returns(), { ...inputs, history });
    expect(after.units.find((u) => u.unitId === "cong-an-tinh")).toMatchObject({ bonus: 0, total: 97 });
  });
});

describe("rankBloc: returns that cannot be used", () => {
  const compiled = compile();

  it("sets aside a return made on another version of the table and lists the unit as without a return", () => {
    const returns = haGiang2019Returns();
    returns[0] = {
      ...returns[0]!,
      template: { ...returns[0]!.template, fingerprint: `sha256:${"0".repeat(64)}` },
    };
    const result = rankBloc(compiled, returns, inputs);
    const soNoiVu = result.units.find((u) => u.unitId === "so-noi-vu")!;
    expect(soNoiVu).toMatchObject({ rank: null, hasReturn: false, proposed: null });
    expect(soNoiVu.eligibility.reasons[0]!.flag).toBe("no-return");
    expect(result.problems.some((p) => p.source === "returns" && p.unitId === "so-noi-vu")).toBe(true);
    expect(result.units[result.units.length - 1]!.unitId).toBe("so-noi-vu");
  });

  it("names the member without a return once, and reports a review of it: the adjustment does not count", () => {
    const returns = haGiang2019Returns().filter((r) => r.unitId !== "thanh-tra-tinh");
    const result = rankBloc(compiled, returns, inputs);
    expect(result.units.find((u) => u.unitId === "thanh-tra-tinh")).toMatchObject({
      hasReturn: false,
      stages: [],
    });
    expect(result.problems.map((p) => [p.source, p.path, p.message.en])).toEqual([
      [
        "returns",
        "",
        "No valid self-scored return from 1 of 8 units (not sent, or set aside for a problem listed above); they are not ranked: Thanh tra tỉnh.",
      ],
      [
        "reviews",
        "adjustments[0].unitId",
        "Thanh tra tỉnh has no ranked return: this adjustment does not count.",
      ],
    ]);
  });

  it("counts the later of two returns by one unit and reports the other", () => {
    const returns = haGiang2019Returns();
    const later: UnitReturn = {
      ...returns[0]!,
      submittedAt: "2019-12-03T08:00:00+07:00",
      entries: { ...returns[0]!.entries, "VIII.1": { score: 10 } },
    };
    const result = rankBloc(compiled, [later, ...returns], inputs);
    expect(result.units[0]).toMatchObject({ unitId: "so-noi-vu", total: 100 });
    expect(result.problems.map((p) => p.message.en)).toEqual([
      "Sở Nội vụ has several returns; the latest counts, the one submitted 2019-12-02T08:30:00+07:00 is ignored.",
    ]);
  });
});

describe("rankBloc: the earliest complete submission", () => {
  it("ranks a return with a validation problem after a complete one submitted later, on equal totals", () => {
    const compiled = compile({
      ...haGiang2019Template,
      ranking: {
        ...haGiang2019Template.ranking!,
        tieBreak: [{ key: "earliestSubmission" }, { key: "meeting" }],
      },
    });
    // Cục THADS tỉnh and Tòa án nhân dân tỉnh both total 97 (no reviews here); Tòa án sends first, with a wrong code.
    const returns = haGiang2019Returns().map((r) =>
      r.unitId === "tand-tinh"
        ? { ...r, submittedAt: "2019-11-20T08:00:00+07:00", entries: { ...r.entries, "X.9": { score: 1 } } }
        : r.unitId === "cuc-thads-tinh"
          ? { ...r, submittedAt: "2019-11-25T08:00:00+07:00" }
          : r,
    );
    const result = rankBloc(compiled, returns, { history: haGiang2019History });
    const order = result.units.map((u) => u.unitId);
    expect(order.indexOf("cuc-thads-tinh")).toBe(order.indexOf("tand-tinh") - 1);
    expect(result.ties.find((t) => t.above === "cuc-thads-tinh")?.sentence.vi).toBe(
      "Cục Thi hành án dân sự tỉnh xếp trên Tòa án nhân dân tỉnh do nộp hồ sơ đầy đủ sớm hơn (25/11/2019 08:00 so với 20/11/2019 08:00 [hồ sơ chưa đầy đủ])",
    );
    expect(result.problems.map((p) => [p.unitId, p.code])).toContainEqual(["tand-tinh", "X.9"]);
  });
});

describe("what-if", () => {
  it("finds the smallest single-criterion changes, in the rule's own steps, that lift a unit above the one ranked above", () => {
    const compiled = compile();
    const usable = usableReturns(compiled, haGiang2019Returns(), inputs);
    const table = selfScores(compiled, usable.returns, usable.problemsByReturn, inputs);
    const w = whatIfOneRank(compiled, table, inputs, "thanh-tra-tinh");
    expect(w.rank).toBe(7);
    expect(w.target).toEqual({ unitId: "bo-chqs-tinh", total: 91.5 });
    // 89 must pass 91,5: I.1 moves in 0,5 steps (17 → 19,5 only ties; 20 gives 92), II.1 likewise. VIII.1, I.2 (next
    // ladder level) and T.3 can add only 2 points each: not enough alone, so they are not listed.
    expect(w.changes).toEqual([
      { code: "I.1", from: 17, to: 20, change: 3 },
      { code: "II.1", from: 6, to: 9, change: 3 },
    ]);
    expect(whatIfOneRank(compiled, table, inputs, "so-noi-vu")).toEqual({
      unitId: "so-noi-vu",
      rank: 1,
      target: null,
      changes: [],
    });
  });
});

describe("rankBloc without the bloc's award history", () => {
  const compiled = compile();
  const { history: _history, ...withoutHistory } = inputs;

  it("says once, for the bloc, that award-history bonuses are provisional when no history file is given", () => {
    const result = rankBloc(compiled, haGiang2019Returns(), withoutHistory);
    const about = result.problems.filter((p) => p.source === "history");
    expect(about).toHaveLength(1);
    expect(about[0]?.message.vi).toContain("Chưa có lịch sử khen thưởng của khối");
    expect(about[0]?.message.vi).toContain("tạm tính");
  });

  it("says nothing of it when the history is given, even with no award recorded", () => {
    const result = rankBloc(compiled, haGiang2019Returns(), {
      ...inputs,
      history: { ...haGiang2019History, awards: [] },
    });
    expect(result.problems.filter((p) => p.source === "history")).toEqual([]);
  });
});
