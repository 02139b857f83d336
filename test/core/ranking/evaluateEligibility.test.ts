import { rankScores } from "../../../core/ranking/rankScores";
import { contextWith, standingsOf } from "./rankingKit";

const specs = {
  "cong-an-tinh": { total: 99, submittedAt: "2022-12-06T09:00:00+07:00" },
  "tand-tinh": { total: 97, submittedAt: "2022-12-04T09:00:00+07:00" },
  "vksnd-tinh": { total: 95 },
  "so-tu-phap": { total: 90 },
};

describe("eligibility gates", () => {
  const flags = (...list: [string, string][]) => ({
    formatVersion: 1 as const,
    flags: list.map(([unitId, flag]) => ({ unitId, flag: flag as "corruption", reason: `lý do ${flag}` })),
    stepsAside: [],
  });

  it("excludes a flagged unit from the ranking when the policy says 'ranking': others move up", () => {
    const ctx = contextWith(
      { eligibility: { corruption: "ranking" } },
      { eligibility: flags(["cong-an-tinh", "corruption"]) },
    );
    const out = rankScores(ctx, standingsOf(ctx.compiled, specs));
    expect(out.units.map((u) => [u.unitId, u.rank])).toEqual([
      ["tand-tinh", 1],
      ["vksnd-tinh", 2],
      ["so-tu-phap", 3],
      ["cong-an-tinh", null],
      ["thanh-tra-tinh", null],
    ]);
    expect(out.units[3]!.eligibility).toEqual({
      ranked: false,
      awardable: false,
      reasons: [
        {
          flag: "corruption",
          effect: "ranking",
          reason: { vi: "Có vụ việc tham nhũng: lý do corruption", en: "Corruption case: lý do corruption" },
        },
      ],
    });
    expect(out.units[4]!.eligibility.reasons[0]!.flag).toBe("no-return");
  });

  it("keeps a flagged unit ranked but not awardable by default, and ignores a flag the policy sets to 'none'", () => {
    const ctx = contextWith(
      { eligibility: { "no-covenant": "none" } },
      { eligibility: flags(["cong-an-tinh", "disciplined-unit"], ["tand-tinh", "no-covenant"]) },
    );
    const out = rankScores(ctx, standingsOf(ctx.compiled, specs));
    expect(out.units[0]!.eligibility).toMatchObject({ ranked: true, awardable: false });
    expect(out.units[1]!.eligibility).toMatchObject({ ranked: true, awardable: true });
    expect(out.units[1]!.eligibility.reasons[0]!.effect).toBe("none");
  });

  it("flags a return after the deadline as late, with both times as written", () => {
    const ctx = contextWith({
      returnDeadline: "2022-12-05T17:00:00+07:00",
      eligibility: { "late-return": "awards" },
    });
    const out = rankScores(ctx, standingsOf(ctx.compiled, specs));
    expect(out.units[0]!.eligibility.reasons).toEqual([
      {
        flag: "late-return",
        effect: "awards",
        reason: {
          vi: "Nộp hồ sơ muộn: nộp 06/12/2022 09:00, hạn 05/12/2022 17:00",
          en: "Late return: submitted 06/12/2022 09:00, due 05/12/2022 17:00",
        },
      },
    ]);
    expect(out.units[1]!.eligibility.reasons).toEqual([]);
  });
});
