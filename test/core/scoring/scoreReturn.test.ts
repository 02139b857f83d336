import type { AwardRecord } from "../../../core/returns/awardHistory";
import { scoreReturn } from "../../../core/scoring/scoreReturn";
import type { ScoreResult } from "../../../core/scoring/scoreResult";
import { allKinds, fullEntries, oneCriterion, returnOf, tableWith, withEvidence } from "./scoringKit";

const best = new Map([["I.3", 150]]);
const pointsOf = (result: ScoreResult) => Object.fromEntries(result.nodes.map((n) => [n.code, n.points]));

describe("scoreReturn", () => {
  it("scores every node, the sections, bonus, deductions and total of a complete return", () => {
    const result = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { best, history: [] });
    expect(pointsOf(result)).toEqual({
      I: 46,
      "I.1": 26,
      "I.2": 12,
      "I.3": 8,
      II: 22,
      "II.1": 5,
      "II.2": 10,
      "II.3": 7,
      III: 20.5,
      "III.1": 20.5,
      "T.1": 0,
      "T.2": 0,
      "T.3": 0,
      "TR.1": 0,
      "TR.2": 0,
      "TR.3": 0,
    });
    expect(result.sections).toEqual([
      { code: "I", title: "Thực hiện nhiệm vụ chuyên môn", points: 46, standard: 50, max: 55 },
      {
        code: "II",
        title: "Công tác xây dựng Đảng, đoàn thể và phong trào thi đua",
        points: 22,
        standard: 25,
        max: 30,
      },
      { code: "III", title: "Đánh giá chung của Khối", points: 20.5, standard: 25, max: 25 },
    ]);
    expect([result.baseScore, result.bonus, result.deductions, result.total]).toEqual([88.5, 0, 0, 88.5]);
    expect(result.problems).toEqual([]);
    expect(result.unitId).toBe("cong-an-tinh");
    expect(result.fingerprint).toBe(allKinds.fingerprint);
    expect(result.nodes.map((n) => n.code)).toEqual(allKinds.nodes.map((n) => n.code));
  });

  it("explains groups, caps and the total in both languages", () => {
    const result = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { best, history: [] });
    const explained = Object.fromEntries(result.nodes.map((n) => [n.code, n.explanation]));
    expect(explained["I"]).toEqual({
      vi: "Tổng các mục con: 26 + 12 + 8 = 46",
      en: "Sum of its parts: 26 + 12 + 8 = 46",
    });
    expect(explained["II"]).toEqual({
      vi: "Tổng các mục con, tối đa 30: 5 + 10 + 7 = 22",
      en: "Sum of its parts, at most 30: 5 + 10 + 7 = 22",
    });
    expect(explained["III"]?.vi).toBe("Tổng các mục con: 20,5");
    expect(explained["I.1"]?.vi).toBe("92% kế hoạch: 30 − 8 × 0,5 = 26");
    expect(result.totalExplanation).toEqual({ vi: "88,5 + 0 − 0 = 88,5", en: "88.5 + 0 − 0 = 88.5" });
    expect(result.bonusExplanation?.vi).toBe("Điểm thưởng: tổng các mục 0 (tối đa 20)");
  });

  it("adds an award-history bonus above the base: 97 + 10 = 107", () => {
    const history: AwardRecord[] = [{ unitId: "cong-an-tinh", year: 2021, award: "co-ubnd-tinh" }];
    const entries = {
      ...fullEntries,
      "I.1": { achieved: 106, target: 100, ...withEvidence },
      "I.3": { quantity: 150 },
      "II.2": { count: 6, ...withEvidence },
      "II.3": { count: 0 },
      "III.1": { score: 12 },
    };
    const result = scoreReturn(allKinds, returnOf(allKinds, entries), { best, history });
    expect([result.baseScore, result.bonus, result.deductions, result.total]).toEqual([97, 10, 0, 107]);
    expect(result.nodes.find((n) => n.code === "T.2")?.explanation).toEqual({
      vi: "Đã nhận Cờ thi đua của UBND tỉnh năm 2021: 10",
      en: "Received Provincial emulation flag in 2021: 10",
    });
    expect(result.totalExplanation?.vi).toBe("97 + 10 − 0 = 107");
  });

  it("limits bonus and deduction items by their maxima and the blocks by their caps", () => {
    const history: AwardRecord[] = [
      { unitId: "cong-an-tinh", year: 2021, award: "co-chinh-phu" },
      { unitId: "cong-an-tinh", year: 2021, award: "co-ubnd-tinh" },
    ];
    const entries = {
      ...fullEntries,
      "T.3": { count: 3, ...withEvidence },
      "TR.1": { count: 4 },
      "TR.2": { passed: true },
      "TR.3": { score: 3 },
    };
    const result = scoreReturn(allKinds, returnOf(allKinds, entries), { best, history });
    const p = pointsOf(result);
    expect([p["T.1"], p["T.2"], p["T.3"], p["TR.1"], p["TR.2"], p["TR.3"]]).toEqual([15, 10, 5, 6, 5, 3]);
    expect([result.bonus, result.deductions, result.total]).toEqual([20, 10, 98.5]);
    expect(result.bonusExplanation).toEqual({
      vi: "Điểm thưởng: tổng các mục 30, tối đa 20 → 20",
      en: "Bonus: sum of the items 30, capped at 20 → 20",
    });
    expect(result.deductionsExplanation?.vi).toBe("Điểm trừ: tổng các mục 14, tối đa 10 → 10");
  });

  it("limits a group to its cap and explains it", () => {
    const compiled = tableWith([
      {
        code: "I",
        title: "Phong trào",
        cap: 25,
        children: [
          {
            code: "I.1",
            title: "Sáng kiến",
            standard: 10,
            max: 20,
            rule: { kind: "count", pointsPerItem: 2 },
          },
          { code: "I.2", title: "Giao ước", standard: 10, rule: { kind: "passFail" } },
        ],
      },
    ]);
    const result = scoreReturn(
      compiled,
      returnOf(compiled, { "I.1": { count: 9 }, "I.2": { passed: true } }),
    );
    expect(result.baseScore).toBe(25);
    expect(result.nodes[0]?.explanation).toEqual({
      vi: "Tổng các mục con 18 + 10 = 28, tối đa 25 → 25",
      en: "Sum of its parts 18 + 10 = 28, capped at 25 → 25",
    });
  });

  it("adds tenths exactly: thirty criteria of 0,1 make 3, and 0,1 + 0,2 = 0,3", () => {
    const criteria = Array.from({ length: 30 }, (_, i) => ({
      code: `I.${i + 1}`,
      title: `Tiêu chí ${i + 1}`,
      standard: 0.1,
      rule: { kind: "manual" as const },
    }));
    const compiled = tableWith([{ code: "I", title: "Nội dung", children: criteria }], { base: 3 });
    const entries = Object.fromEntries(criteria.map((c) => [c.code, { score: 0.1 }]));
    expect(scoreReturn(compiled, returnOf(compiled, entries)).total).toBe(3);
    let float = 0;
    for (let i = 0; i < 30; i++) float += 0.1;
    expect(float).not.toBe(3); // what a float sum would have given

    const two = tableWith([
      {
        code: "I",
        title: "Nội dung",
        children: [
          { code: "I.1", title: "a", standard: 0.1, rule: { kind: "manual" } },
          { code: "I.2", title: "b", standard: 0.2, rule: { kind: "manual" } },
        ],
      },
    ]);
    const result = scoreReturn(two, returnOf(two, { "I.1": { score: 0.1 }, "I.2": { score: 0.2 } }));
    expect(result.total).toBe(0.3);
    expect(result.nodes[0]?.explanation.vi).toBe("Tổng các mục con: 0,1 + 0,2 = 0,3");
  });

  it("sums half-points exactly", () => {
    const criteria = Array.from({ length: 7 }, (_, i) => ({
      code: `I.${i + 1}`,
      title: `Tiêu chí ${i + 1}`,
      standard: 10,
      rule: { kind: "violations" as const, pointsPerViolation: 0.25 },
    }));
    const compiled = tableWith([{ code: "I", title: "Nội dung", children: criteria }]);
    const entries = Object.fromEntries(criteria.map((c, i) => [c.code, { count: i + 1 }]));
    // 70 − 0,25 × (1 + … + 7) = 70 − 7 = 63
    expect(scoreReturn(compiled, returnOf(compiled, entries)).total).toBe(63);
  });

  it("subtotals are exact sums of rounded criterion points, under each rounding mode", () => {
    const sections = [
      {
        code: "I",
        title: "Nội dung",
        children: ["a", "b", "c"].map((c) => ({
          code: `I.${c}`,
          title: c,
          standard: 10,
          rule: { kind: "relativeToBest" as const },
        })),
      },
    ];
    const entries = { "I.a": { quantity: 1 }, "I.b": { quantity: 1 }, "I.c": { quantity: 1 } };
    const bestOf = new Map([
      ["I.a", 3],
      ["I.b", 8],
      ["I.c", 8],
    ]);
    const scoreWith = (decimals: number, mode: "half-up" | "half-even" | "down") => {
      const compiled = tableWith(sections, { rounding: { decimals, mode } });
      const r = scoreReturn(compiled, returnOf(compiled, entries), { best: bestOf });
      return [...r.nodes.map((n) => n.points), r.total];
    };
    // 10/3 = 3,333…; 10/8 = 1,25
    expect(scoreWith(2, "half-up")).toEqual([5.83, 3.33, 1.25, 1.25, 5.83]);
    expect(scoreWith(1, "half-up")).toEqual([5.9, 3.3, 1.3, 1.3, 5.9]);
    expect(scoreWith(1, "half-even")).toEqual([5.7, 3.3, 1.2, 1.2, 5.7]);
    expect(scoreWith(1, "down")).toEqual([5.7, 3.3, 1.2, 1.2, 5.7]);
    expect(scoreWith(0, "half-up")).toEqual([5, 3, 1, 1, 5]);
  });

  it("still scores a return made on another version of the table, and reports the mismatch", () => {
    const ret = returnOf(allKinds, fullEntries);
    ret.template.fingerprint = `sha256:${"0".repeat(64)}`;
    const result = scoreReturn(allKinds, ret, { best });
    expect(result.total).toBe(88.5);
    expect(result.problems.map((p) => p.type)).toEqual(["fingerprint-mismatch"]);
    expect(result.problems[0]?.message.vi).toContain("phiên bản khác của bảng chấm điểm");
  });

  it("scores a missing entry 0 and reports it", () => {
    const { "III.1": _dropped, ...entries } = fullEntries;
    const result = scoreReturn(allKinds, returnOf(allKinds, entries), { best, history: [] });
    expect(result.total).toBe(68);
    expect(result.problems).toEqual([
      {
        type: "missing-entry",
        code: "III.1",
        message: {
          vi: 'Tiêu chí III.1: chưa nhập "score" (0–25) — tính 0 điểm.',
          en: 'Criterion III.1: no entry; enter "score" (0–25) — counted as 0 points.',
        },
        outcome: { kind: "counted", points: 0 },
      },
    ]);
  });

  it("without the bloc's history says it is missing, not 'not received', and the total is provisional", () => {
    const result = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { best });
    expect(result.nodes.find((n) => n.code === "T.1")?.explanation.vi).toBe(
      "Chưa có lịch sử khen thưởng: chưa biết có nhận Cờ thi đua của Chính phủ năm 2021 không (tạm tính 0)",
    );
    expect(result.provisional).toBe(true);
    expect(result.provisionalReasons.map((r) => r.vi)).toEqual([
      "chưa có lịch sử khen thưởng của khối (điểm thưởng theo lịch sử khen thưởng đang tạm tính 0)",
    ]);
    // an empty history is an answer: no award recorded
    const empty = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { best, history: [] });
    expect([empty.problems, empty.provisional, empty.provisionalReasons]).toEqual([[], false, []]);
    expect(empty.nodes.find((n) => n.code === "T.1")?.explanation.vi).toBe(
      "Không nhận Cờ thi đua của Chính phủ năm 2021 (theo lịch sử khen thưởng): 0",
    );
  });

  it("marks the total of a return scored alone provisional while a relative-to-best criterion waits", () => {
    const alone = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { history: [] });
    expect(alone.problems).toEqual([]);
    expect(alone.provisional).toBe(true);
    expect(alone.provisionalReasons).toEqual([
      {
        vi: "tiêu chí so với đơn vị cao nhất khối được tính khi tổng hợp toàn khối (đang tạm tính 0)",
        en: "relative-to-best criteria are computed when the whole bloc is consolidated (0 for now)",
      },
    ]);
    // a table without relative-to-best criteria or award-history bonuses is final on its own
    const { compiled } = oneCriterion({ standard: 10, rule: { kind: "passFail" } });
    const final = scoreReturn(compiled, returnOf(compiled, { "I.1": { passed: true } }));
    expect([final.total, final.provisional, final.problems]).toEqual([10, false, []]);
  });

  it("states the table's rounding rule", () => {
    const result = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { best, history: [] });
    expect(result.rounding).toEqual({ decimals: 2, mode: "half-up" });
    expect(result.roundingText).toEqual({
      vi: "2 chữ số thập phân, nửa lên",
      en: "2 decimal places, half up",
    });
  });

  it("writes explanations when they are read, the same ones, JSON output included", () => {
    const result = scoreReturn(allKinds, returnOf(allKinds, fullEntries), { best, history: [] });
    const json = JSON.parse(JSON.stringify(result)) as ScoreResult;
    expect(json.nodes).toHaveLength(allKinds.nodes.length);
    expect(json.nodes.find((n) => n.code === "I.1")?.explanation).toEqual({
      vi: "92% kế hoạch: 30 − 8 × 0,5 = 26",
      en: "92% of target: 30 − 8 × 0.5 = 26",
    });
    expect(json.totalExplanation).toEqual({ vi: "88,5 + 0 − 0 = 88,5", en: "88.5 + 0 − 0 = 88.5" });
    expect(json.bonusExplanation?.en).toBe("Bonus: sum of the items 0 (at most 20)");
    // a spread copy and the original agree; a consumer may replace what it reads
    expect({ ...result }.nodes).toEqual(json.nodes);
    result.nodes[0]!.explanation = { vi: "khác", en: "other" };
    expect(result.nodes[0]!.explanation.vi).toBe("khác");
    result.totalExplanation = { vi: "—", en: "—" };
    expect(result.totalExplanation.vi).toBe("—");
  });
});
