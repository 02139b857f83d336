import { fromFixed } from "../../../core/decimal/fixed";
import type { AwardRecord } from "../../../core/returns/awardHistory";
import type { Entry } from "../../../core/returns/returnSchema";
import type { CriterionContext } from "../../../core/criteria/criterionKind";
import { scoreCriterion } from "../../../core/scoring/scoreCriterion";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import { allKinds, contextOf, oneCriterion, tableWith, withEvidence } from "./scoringKit";

/** Scores `code` of `compiled` for `entry`: [points as a number, vi explanation, en explanation]. */
function score(
  code: string,
  entry: Entry | undefined,
  extra: Partial<CriterionContext> = {},
  compiled: CompiledTemplate = allKinds,
): [number, string, string] {
  const result = scoreCriterion(compiled.byCode.get(code)!, entry, contextOf(compiled, extra));
  return [fromFixed(result.points), result.explanation.vi, result.explanation.en];
}
const points = (...args: Parameters<typeof score>) => score(...args)[0];

describe("pass/fail (đạt / không đạt)", () => {
  it("gives the standard points when passed and 0 when not passed or not entered", () => {
    expect(score("II.1", { passed: true })).toEqual([5, "Đạt: 5", "Passed: 5"]);
    expect(score("II.1", { passed: false })).toEqual([0, "Không đạt: 0", "Not passed: 0"]);
    expect(score("II.1", undefined)).toEqual([0, "Chưa nhập: 0", "No entry: 0"]);
  });

  it("deducts the item's maximum in the deduction block", () => {
    expect(score("TR.2", { passed: true })).toEqual([5, "Có: trừ 5", "Yes: deduct 5"]);
    expect(points("TR.2", { passed: false })).toBe(0);
  });
});

describe("rating ladder (xếp loại)", () => {
  it("gives each level its own points", () => {
    expect(points("I.2", { level: "HTXSNV" })).toBe(12);
    expect(points("I.2", { level: "HTTNV" })).toBe(10);
    expect(points("I.2", { level: "HTNV" })).toBe(7);
    expect(points("I.2", { level: "KHTNV" })).toBe(0);
    expect(score("I.2", { level: "HTTNV" })[1]).toBe("Mức HTTNV (Hoàn thành tốt nhiệm vụ): 10");
  });

  it("gives 0 for a level that is not on the ladder and names the allowed levels", () => {
    const [p, vi] = score("I.2", { level: "XUATSAC" });
    expect(p).toBe(0);
    expect(vi).toBe('Mức "XUATSAC" không có trong thang (HTXSNV, HTTNV, HTNV, KHTNV): 0');
  });
});

describe("percent of target (% kế hoạch)", () => {
  const ev = withEvidence;
  it("gives the standard points exactly on target", () => {
    expect(score("I.1", { achieved: 250, target: 250, ...ev })).toEqual([
      30,
      "100% kế hoạch: đạt điểm chuẩn 30",
      "100% of target: standard points 30",
    ]);
  });

  it("removes half a point per whole percent under target: 92% → 30 − 8 × 0,5 = 26", () => {
    expect(score("I.1", { achieved: 92, target: 100, ...ev })).toEqual([
      26,
      "92% kế hoạch: 30 − 8 × 0,5 = 26",
      "92% of target: 30 − 8 × 0.5 = 26",
    ]);
  });

  it("counts only completed steps in whole mode: 92,5% is 7 steps under", () => {
    expect(score("I.1", { percent: 92.5, ...ev })[0]).toBe(26.5);
    expect(score("I.1", { percent: 92.5, ...ev })[1]).toBe("92,5% kế hoạch: 30 − 7 × 0,5 = 26,5");
    expect(points("I.1", { percent: 99.99, ...ev })).toBe(30);
  });

  it("adds points over target up to the maximum", () => {
    expect(points("I.1", { achieved: 104, target: 100, ...ev })).toBe(32);
    expect(score("I.1", { achieved: 106, target: 100, ...ev })[1]).toBe("106% kế hoạch: 30 + 6 × 0,5 = 33");
    expect(score("I.1", { achieved: 110, target: 100, ...ev })).toEqual([
      33,
      "110% kế hoạch: 30 + 10 × 0,5 = 35, tối đa 33 → 33",
      "110% of target: 30 + 10 × 0.5 = 35, max 33 → 33",
    ]);
  });

  it("stops at the floor far under target", () => {
    expect(score("I.1", { achieved: 0, target: 100, ...ev })).toEqual([
      0,
      "0% kế hoạch: 30 − 100 × 0,5 = −20, sàn 0 → 0",
      "0% of target: 30 − 100 × 0.5 = −20, floor 0 → 0",
    ]);
    const { compiled } = oneCriterion({
      standard: 30,
      rule: { kind: "percentOfTarget", pointsPerStepUnder: 0.5, floor: 20 },
    });
    expect(points("I.1", { percent: 50 }, {}, compiled)).toBe(20);
    expect(points("I.1", { percent: 80 }, {}, compiled)).toBe(20);
    expect(points("I.1", { percent: 81 }, {}, compiled)).toBe(20.5);
  });

  it("counts wider steps: 95% with 2%-steps is 2 whole steps under", () => {
    const { compiled } = oneCriterion({
      standard: 30,
      rule: { kind: "percentOfTarget", stepPercent: 2, pointsPerStepUnder: 1 },
    });
    expect(score("I.1", { percent: 95 }, {}, compiled)).toEqual([
      28,
      "95% kế hoạch (bước 2%): 30 − 2 × 1 = 28",
      "95% of target (2% steps): 30 − 2 × 1 = 28",
    ]);
  });

  it("counts fractions of a step in proportional mode, then rounds with the table's rounding", () => {
    const rule = { kind: "percentOfTarget", pointsPerStepUnder: 0.5, steps: "proportional" } as const;
    const twoDecimals = oneCriterion({ standard: 30, rule }).compiled;
    expect(score("I.1", { percent: 92.5 }, {}, twoDecimals)).toEqual([
      26.25,
      "92,5% kế hoạch: 30 − 7,5 × 0,5 = 26,25",
      "92.5% of target: 30 − 7.5 × 0.5 = 26.25",
    ]);
    const oneDecimal = (mode: "half-up" | "half-even" | "down") =>
      oneCriterion({ standard: 30, rule }, { decimals: 1, mode }).compiled;
    expect(points("I.1", { percent: 92.5 }, {}, oneDecimal("half-up"))).toBe(26.3);
    expect(points("I.1", { percent: 92.5 }, {}, oneDecimal("half-even"))).toBe(26.2);
    expect(points("I.1", { percent: 92.5 }, {}, oneDecimal("down"))).toBe(26.2);
  });

  it("computes a non-terminating percent exactly and says it is approximate", () => {
    const rule = { kind: "percentOfTarget", pointsPerStepUnder: 0.5, steps: "proportional" } as const;
    const { compiled } = oneCriterion({ standard: 30, rule });
    // 2/3 = 66,666…%: 30 − 33,333… × 0,5 = 13,333… → 13,33
    expect(score("I.1", { achieved: 2, target: 3 }, {}, compiled)).toEqual([
      13.33,
      "≈66,67% kế hoạch: 30 − ≈33,3333 × 0,5 ≈ 13,33",
      "≈66.67% of target: 30 − ≈33.3333 × 0.5 ≈ 13.33",
    ]);
    // whole mode: 33 completed steps
    expect(points("I.1", { achieved: 2, target: 3, ...withEvidence })).toBe(13.5);
  });

  it("stays exact for operands beyond 2^53 (BigInt path)", () => {
    expect(points("I.1", { achieved: 9_999_999_999.9999, target: 0.0001, ...ev })).toBe(33);
    expect(points("I.1", { achieved: 0.0001, target: 9_999_999_999.9999, ...ev })).toBe(0);
    const rule = { kind: "percentOfTarget", pointsPerStepUnder: 0.5, steps: "proportional" } as const;
    const { compiled } = oneCriterion({ standard: 30, rule });
    // 99,999…% of target: a tiny fraction of a step under → still 30 after rounding to 2 decimals
    expect(points("I.1", { achieved: 9_999_999_999.9998, target: 9_999_999_999.9999 }, {}, compiled)).toBe(
      30,
    );
  });

  it("gives 0 without a usable entry", () => {
    expect(points("I.1", undefined)).toBe(0);
    expect(points("I.1", { achieved: 50, ...ev })).toBe(0);
    expect(score("I.1", { achieved: 50, target: 0, ...ev })).toEqual([
      0,
      "Kế hoạch phải lớn hơn 0: 0",
      "The target must be greater than 0: 0",
    ]);
  });
});

describe("relative to the bloc's best (so với đơn vị cao nhất)", () => {
  it("gives the best unit the maximum and the others pro rata", () => {
    expect(score("I.3", { quantity: 150 }, { best: 150 })).toEqual([
      10,
      "10 × 150 / 150 (cao nhất khối) = 10",
      "10 × 150 / 150 (bloc's best) = 10",
    ]);
    expect(points("I.3", { quantity: 120 }, { best: 150 })).toBe(8);
    expect(points("I.3", { quantity: 0 }, { best: 150 })).toBe(0);
    expect(score("I.3", { quantity: 1 }, { best: 3 })).toEqual([
      3.33,
      "10 × 1 / 3 (cao nhất khối) ≈ 3,33",
      "10 × 1 / 3 (bloc's best) ≈ 3.33",
    ]);
  });

  it("gives everybody 0 when the best is 0", () => {
    expect(score("I.3", { quantity: 0 }, { best: 0 })).toEqual([
      0,
      "Cả khối chưa có kết quả (cao nhất = 0): 0",
      "Nobody in the bloc has a result yet (best = 0): 0",
    ]);
  });

  it("waits for the bloc's consolidation when no best is known", () => {
    const [p, vi] = score("I.3", { quantity: 120 });
    expect(p).toBe(0);
    expect(vi).toBe("Số lượng 120: điểm so với đơn vị cao nhất tính khi tổng hợp toàn khối");
    expect(score("I.3", { quantity: 120 }, { best: null })[1]).toBe(
      "Số lượng 120: khối chưa có số liệu hợp lệ để so sánh: 0",
    );
  });

  it("inverts the ratio when lower is better, and 0 is the best", () => {
    const { compiled } = oneCriterion({ standard: 10, rule: { kind: "relativeToBest", better: "lower" } });
    expect(score("I.1", { quantity: 5 }, { best: 3 }, compiled)).toEqual([
      6,
      "10 × 3 (thấp nhất khối) / 5 = 6",
      "10 × 3 (bloc's lowest) / 5 = 6",
    ]);
    expect(points("I.1", { quantity: 3 }, { best: 3 }, compiled)).toBe(10);
    expect(points("I.1", { quantity: 0 }, { best: 0 }, compiled)).toBe(10);
    expect(points("I.1", { quantity: 4 }, { best: 0 }, compiled)).toBe(0);
  });

  it("never exceeds the maximum, even above a stale best, and gives a negative quantity 0", () => {
    expect(points("I.3", { quantity: 300 }, { best: 150 })).toBe(10);
    expect(points("I.3", { quantity: -5 }, { best: 150 })).toBe(0);
  });
});

describe("count × points (số lượng × điểm)", () => {
  it("multiplies the count by the points per item, capped at the maximum", () => {
    expect(points("II.2", { count: 0, ...withEvidence })).toBe(0);
    expect(score("II.2", { count: 4, ...withEvidence })).toEqual([10, "4 × 2,5 = 10", "4 × 2.5 = 10"]);
    expect(points("II.2", { count: 6, ...withEvidence })).toBe(15);
    expect(score("II.2", { count: 7, ...withEvidence })).toEqual([
      15,
      "7 × 2,5 = 17,5, tối đa 15 → 15",
      "7 × 2.5 = 17.5, max 15 → 15",
    ]);
  });

  it("is the amount deducted in the deduction block, capped at the item's maximum", () => {
    expect(score("TR.1", { count: 2 })).toEqual([4, "Trừ 2 × 2 = 4", "Deduct 2 × 2 = 4"]);
    expect(points("TR.1", { count: 4 })).toBe(6);
  });
});

describe("per-violation deduction (trừ theo vi phạm)", () => {
  it("starts from the standard points and removes each violation down to the floor", () => {
    expect(score("II.3", { count: 0 })).toEqual([10, "10 − 0 × 1,5 = 10", "10 − 0 × 1.5 = 10"]);
    expect(points("II.3", { count: 2 })).toBe(7);
    expect(points("II.3", { count: 5 })).toBe(2.5);
    expect(score("II.3", { count: 6 })).toEqual([
      2,
      "10 − 6 × 1,5 = 1, sàn 2 → 2",
      "10 − 6 × 1.5 = 1, floor 2 → 2",
    ]);
    expect(points("II.3", { count: 1_000_000 })).toBe(2);
  });

  it("scores 0 without an entry (the missing entry is reported by validateReturn)", () => {
    expect(score("II.3", undefined)).toEqual([0, "Chưa nhập: 0", "No entry: 0"]);
  });
});

describe("manual score (chấm trực tiếp)", () => {
  it("takes the score within [0, max]", () => {
    expect(score("III.1", { score: 20.5 })).toEqual([20.5, "Điểm chấm: 20,5", "Score: 20.5"]);
    expect(points("III.1", { score: 0 })).toBe(0);
    expect(points("III.1", { score: 25 })).toBe(25);
  });

  it("clamps a score outside [0, max] and says so", () => {
    expect(score("III.1", { score: 30 })).toEqual([
      25,
      "Điểm chấm 30 vượt tối đa 25 → 25",
      "Score 30 is above the maximum 25 → 25",
    ]);
    expect(points("III.1", { score: -1 })).toBe(0);
  });

  it("rounds the score with the table's rounding", () => {
    expect(points("III.1", { score: 20.125 })).toBe(20.13);
    const { compiled } = oneCriterion(
      { standard: 10, rule: { kind: "manual" } },
      { decimals: 0, mode: "half-even" },
    );
    expect(points("I.1", { score: 6.5 }, {}, compiled)).toBe(6);
    expect(points("I.1", { score: 7.5 }, {}, compiled)).toBe(8);
  });
});

describe("award history (theo lịch sử khen thưởng)", () => {
  const history: AwardRecord[] = [
    { unitId: "cong-an-tinh", year: 2021, award: "co-chinh-phu" },
    { unitId: "tand-tinh", year: 2021, award: "co-ubnd-tinh", revoked: true },
    { unitId: "tand-tinh", year: 2020, award: "co-chinh-phu" },
    { unitId: "so-tu-phap", year: 2022, award: "co-ubnd-tinh" },
  ];

  it("gives the item's maximum for an award received last year", () => {
    expect(score("T.1", undefined, { history })).toEqual([
      15,
      "Đã nhận co-chinh-phu năm 2021: 15",
      "Received co-chinh-phu in 2021: 15",
    ]);
  });

  it("ignores revoked awards, older years, the current year, other units and typed entries", () => {
    expect(points("T.2", undefined, { history, unitId: "tand-tinh" })).toBe(0);
    expect(points("T.1", undefined, { history, unitId: "tand-tinh" })).toBe(0);
    expect(points("T.2", undefined, { history, unitId: "so-tu-phap" })).toBe(0);
    expect(points("T.1", undefined, { history, unitId: "vksnd-tinh" })).toBe(0);
    expect(points("T.1", { passed: true }, { history: [] })).toBe(0);
    expect(score("T.1", undefined, { history: [] })[1]).toBe(
      "Không nhận co-chinh-phu năm 2021 (theo lịch sử khen thưởng): 0",
    );
  });

  it("does not say 'not received' when no history was given: it says the history is missing", () => {
    expect(score("T.1", undefined, {})).toEqual([
      0,
      "Chưa có lịch sử khen thưởng: chưa biết có nhận co-chinh-phu năm 2021 không (tạm tính 0)",
      "No award history given: whether co-chinh-phu was received in 2021 is unknown (0 for now)",
    ]);
  });

  it("looks back as many years as the rule says", () => {
    const compiled = tableWith(
      [{ code: "I", title: "Nội dung", standard: 100, rule: { kind: "passFail" } }],
      {
        bonus: {
          items: [
            {
              code: "T.1",
              title: "Cờ Chính phủ trong 2 năm trước",
              max: 15,
              rule: { kind: "awardHistory", award: "co-chinh-phu", yearsBack: 2 },
            },
          ],
        },
      },
    );
    expect(points("T.1", undefined, { history, unitId: "tand-tinh" }, compiled)).toBe(15);
    expect(score("T.1", undefined, { history, unitId: "vksnd-tinh" }, compiled)[1]).toBe(
      "Không nhận co-chinh-phu năm 2020–2021 (theo lịch sử khen thưởng): 0",
    );
  });
});

describe("evidence (minh chứng)", () => {
  it("does not count claimed points without the required evidence", () => {
    expect(score("II.2", { count: 4 })).toEqual([
      0,
      "4 × 2,5 = 10; thiếu minh chứng nên 10 điểm tự chấm không được tính → 0",
      "4 × 2.5 = 10; evidence is missing, so the 10 points claimed do not count → 0",
    ]);
    expect(points("II.2", { count: 4, evidence: [] })).toBe(0);
    expect(points("I.1", { achieved: 100, target: 100 })).toBe(0);
  });

  it("keeps a deduction even when its evidence is missing", () => {
    const compiled = tableWith(
      [{ code: "I", title: "Nội dung", standard: 100, rule: { kind: "passFail" } }],
      {
        deductions: {
          items: [
            {
              code: "TR.1",
              title: "Cán bộ bị kỷ luật",
              max: 6,
              evidenceRequired: true,
              rule: { kind: "count", pointsPerItem: 2 },
            },
          ],
        },
      },
    );
    expect(points("TR.1", { count: 2 }, {}, compiled)).toBe(4);
  });
});
