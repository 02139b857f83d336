import { checkRankingInputs } from "../../../core/ranking/checkRankingInputs";
import { parseRankingFile } from "../../../core/ranking/parseRankingFile";
import { compiledWith } from "./rankingKit";

const review = {
  unitId: "tand-tinh",
  code: "I.1",
  stage: "review" as const,
  points: 26,
  reason: "Thiếu minh chứng",
  reviewer: "Công an tỉnh (Khối trưởng)",
  at: "2022-12-10T09:00:00+07:00",
};

describe("ranking input files", () => {
  it("rejects a review adjustment without a reason, naming the field", () => {
    const { reason: _reason, ...noReason } = review;
    const parsed = parseRankingFile("reviews", {
      formatVersion: 1,
      adjustments: [review, noReason, { ...review, reason: "  " }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.source, p.path])).toEqual([
      ["reviews", "adjustments[1].reason"],
      ["reviews", "adjustments[2].reason"],
    ]);
  });

  it("rejects a cross-score of a unit by itself, in both languages", () => {
    const parsed = parseRankingFile("cross", {
      formatVersion: 1,
      scores: [
        { scorer: "tand-tinh", unitId: "cong-an-tinh", code: "I.1", points: 28 },
        { scorer: "tand-tinh", unitId: "tand-tinh", code: "I.1", points: 30 },
      ],
    });
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          source: "cross",
          path: "scores[1].scorer",
          message: {
            vi: 'một đơn vị không được tự chấm chéo chính mình ("tand-tinh").',
            en: 'a unit cannot cross-score itself ("tand-tinh").',
          },
        },
      ],
    });
  });

  it("requires the format version", () => {
    const parsed = parseRankingFile("votes", { ballots: [] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.path).toBe("formatVersion");
    expect(parseRankingFile("votes", { formatVersion: 2 }).ok).toBe(false);
  });

  it("rejects inconsistent ballot counts and a candidate counted twice", () => {
    const parsed = parseRankingFile("votes", {
      formatVersion: 1,
      ballots: [
        {
          award: "co-ubnd-tinh",
          membersTotal: 5,
          membersPresent: 6,
          ballotsCast: 6,
          ballotsValid: 7,
          tallies: [
            { unitId: "tand-tinh", votes: 8 },
            { unitId: "tand-tinh", votes: 1 },
          ],
        },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual([
      "ballots[0].membersPresent",
      "ballots[0].ballotsValid",
      "ballots[0].tallies[0].votes",
      "ballots[0].tallies[1].unitId",
    ]);
    expect(parsed.problems[0]!.message.vi).toBe("số thành viên có mặt lớn hơn tổng số thành viên.");
  });

  it("reads an award-history file written for `thidua score` (no version) as version 1", () => {
    const parsed = parseRankingFile("history", {
      bloc: "khoi-kiem-thu",
      awards: [{ unitId: "tand-tinh", year: 2021, award: "co-ubnd-tinh" }],
    });
    expect(parsed.ok && parsed.value.formatVersion).toBe(1);
  });

  it("requires a reason for every eligibility flag and knows only the listed flags", () => {
    const parsed = parseRankingFile("eligibility", {
      formatVersion: 1,
      flags: [
        { unitId: "tand-tinh", flag: "corruption", reason: "" },
        { unitId: "tand-tinh", flag: "bad-mood", reason: "x" },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(["flags[0].reason", "flags[1].flag"]);
  });

  it("checks the records against the template: members, codes, maxima, history items, duplicates, order of reviews", () => {
    const compiled = compiledWith({});
    const problems = checkRankingInputs(compiled, {
      reviews: {
        formatVersion: 1,
        adjustments: [
          { ...review, stage: "review", points: 40 },
          { ...review, unitId: "so-noi-vu" },
          { ...review, code: "T.1" },
          { ...review, code: "I" },
          { ...review, stage: "second-review", code: "I.2", points: 10 },
          { ...review, stage: "review" },
        ],
        explanations: [],
      },
      cross: {
        formatVersion: 1,
        scores: [
          { scorer: "cong-an-tinh", unitId: "tand-tinh", code: "I.2", points: 10 },
          { scorer: "cong-an-tinh", unitId: "tand-tinh", code: "I.2", points: 11 },
        ],
      },
      votes: {
        formatVersion: 1,
        ballots: [
          {
            award: "huan-chuong",
            membersTotal: 4,
            membersPresent: 4,
            ballotsCast: 4,
            ballotsValid: 4,
            tallies: [],
          },
        ],
        elections: [],
      },
    });
    expect(problems.map((p) => `${p.source} ${p.path}`)).toEqual([
      "reviews adjustments[0].points",
      "reviews adjustments[1].unitId",
      "reviews adjustments[2].code",
      "reviews adjustments[2].points",
      "reviews adjustments[3].code",
      "reviews adjustments[5].at",
      "reviews adjustments[4].stage",
      "cross scores",
      "cross scores[1]",
      "votes ballots[0].award",
      "votes ballots[0].membersTotal",
    ]);
    expect(problems[0]!.message.vi).toBe(
      "Tiêu chí “Tỷ lệ giải quyết án, vụ việc so với kế hoạch” của Tòa án nhân dân tỉnh: 40 điểm vượt điểm tối đa 33.",
    );
    expect(problems[2]!.message.en).toMatch(
      /^Bonus item “[^”]+” comes from the award history and is not scored by hand\.$/,
    );
  });

  it("reports what cannot count in the mean of cross-scores: a self-score, a non-member scorer, a repeated scorer", () => {
    const compiled = compiledWith({ finalScore: "cross" });
    const score = (scorer: string, points: number) => ({ scorer, unitId: "tand-tinh", code: "I.1", points });
    const problems = checkRankingInputs(compiled, {
      cross: {
        formatVersion: 1,
        scores: [
          score("tand-tinh", 10),
          score("so-noi-vu", 2),
          score("cong-an-tinh", 2),
          score("cong-an-tinh", 3),
        ],
      },
    });
    expect(problems.map((p) => [p.path, p.message.vi])).toEqual([
      ["scores[0].scorer", "Tòa án nhân dân tỉnh tự chấm chéo chính mình: điểm này không được tính."],
      [
        "scores[1].scorer",
        'Đơn vị chấm "so-noi-vu" không phải đơn vị thành viên của Khối: điểm này không được tính.',
      ],
      [
        "scores[3]",
        "Công an tỉnh chấm tiêu chí “Tỷ lệ giải quyết án, vụ việc so với kế hoạch” của Tòa án nhân dân tỉnh hai lần (xem scores[2]): không tính điểm nào của Công an tỉnh cho mục này.",
      ],
    ]);
  });

  it("reports cross-scores the policy ignores because it ranks by reviewed scores", () => {
    const problems = checkRankingInputs(compiledWith({ finalScore: "reviewed" }), {
      cross: {
        formatVersion: 1,
        scores: [{ scorer: "cong-an-tinh", unitId: "tand-tinh", code: "I.1", points: 28 }],
      },
    });
    expect(problems.map((p) => [p.source, p.path, p.message.en])).toEqual([
      [
        "cross",
        "scores",
        'The policy ranks by reviewed scores (finalScore "reviewed"): the 1 cross-score(s) do not count.',
      ],
    ]);
  });

  it("reports records about a member without a ranked return, and an explanation of a criterion nobody reviewed", () => {
    const problems = checkRankingInputs(
      compiledWith({ finalScore: "cross" }),
      {
        reviews: {
          formatVersion: 1,
          adjustments: [review],
          explanations: [
            { unitId: "tand-tinh", code: "I.1", text: "Bổ sung minh chứng", at: "2022-12-12T08:00:00+07:00" },
            { unitId: "tand-tinh", code: "I.2", text: "Xin xem lại", at: "2022-12-12T08:00:00+07:00" },
          ],
        },
        cross: {
          formatVersion: 1,
          scores: [{ scorer: "cong-an-tinh", unitId: "tand-tinh", code: "I.1", points: 28 }],
        },
      },
      new Set(["cong-an-tinh", "vksnd-tinh"]),
    );
    expect(problems.map((p) => `${p.source} ${p.path}`)).toEqual([
      "reviews adjustments[0].unitId",
      "reviews explanations[0].unitId",
      "reviews explanations[1].unitId",
      "reviews explanations[1].code",
      "cross scores[0].unitId",
    ]);
    expect(problems[0]!.message.vi).toBe(
      "Tòa án nhân dân tỉnh không có bảng tự chấm được xếp hạng: điều chỉnh này không được tính.",
    );
    expect(problems[3]!.message.vi).toBe(
      "Giải trình tiêu chí “Xếp loại mức độ hoàn thành nhiệm vụ” của Tòa án nhân dân tỉnh nhưng mục này chưa được thẩm định.",
    );
  });

  it("reports an election whose member count differs from the template's members", () => {
    const problems = checkRankingInputs(compiledWith({}), {
      votes: {
        formatVersion: 1,
        ballots: [],
        elections: [
          {
            role: "leader",
            year: 2023,
            membersTotal: 9,
            membersPresent: 9,
            ballotsCast: 9,
            ballotsValid: 9,
            tallies: [{ unitId: "tand-tinh", votes: 9 }],
          },
        ],
      },
    });
    expect(problems.map((p) => [p.path, p.message.vi])).toEqual([
      ["elections[0].membersTotal", "Tổng số thành viên 9 khác số đơn vị của Khối (5)."],
    ]);
  });
});
