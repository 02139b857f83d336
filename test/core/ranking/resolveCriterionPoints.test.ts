import { toFixed } from "../../../core/decimal/fixed";
import { aggregateCrossScores } from "../../../core/ranking/crossScores/aggregateCrossScores";
import { resolveCriterionPoints } from "../../../core/ranking/resolveCriterionPoints";
import type { CrossScore } from "../../../core/ranking/crossScoresFileSchema";
import type { ReviewAdjustment } from "../../../core/ranking/reviewsFileSchema";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import type { CrossAggregation, RankingPolicy } from "../../../core/template/rankingPolicySchema";
import { compiledWith } from "./rankingKit";

/** The resolver with a unit's adjustments and cross-scores (no explanations). */
function resolveWith(
  compiled: CompiledTemplate,
  policy: RankingPolicy,
  self: ArrayLike<number>,
  adjustments: readonly ReviewAdjustment[],
  cross: readonly CrossScore[],
  aggregation: CrossAggregation,
) {
  return resolveCriterionPoints(compiled, policy, self, { adjustments, cross }, aggregation);
}

const rounding = { decimals: 2, mode: "half-up" as const };
const f = (...v: number[]) => v.map(toFixed);

describe("stages of a criterion's score", () => {
  const compiled = compiledWith({});
  const policy = compiled.template.ranking!;
  const i1 = compiled.byCode.get("I.1")!.index;
  const i2 = compiled.byCode.get("I.2")!.index;
  const self = new Float64Array(compiled.nodes.length);
  self[i1] = toFixed(30);
  self[i2] = toFixed(12);
  const adj = (
    stage: ReviewAdjustment["stage"],
    points: number,
    at: string,
    code = "I.1",
  ): ReviewAdjustment => ({
    unitId: "tand-tinh",
    code,
    stage,
    points,
    reason: `lý do ${stage} ${points}`,
    reviewer: "Khối trưởng",
    at,
  });

  it("keeps the self score where nobody reviewed it", () => {
    const out = resolveWith(compiled, policy, self, [], [], "mean");
    expect(out.points[i1]).toBe(toFixed(30));
    expect(out.stages).toEqual([]);
  });

  it("gives new final points and leaves the self points as they were", () => {
    const out = resolveWith(
      compiled,
      policy,
      self,
      [adj("review", 28.5, "2022-12-10T09:00:00+07:00")],
      [],
      "mean",
    );
    expect([out.points[i1], out.points[i2]]).toEqual(f(28.5, 12));
    expect(self[i1]).toBe(toFixed(30));
  });

  it("lets the review override the self score and says where the number came from, with the reason", () => {
    const out = resolveWith(
      compiled,
      policy,
      self,
      [adj("review", 26.5, "2022-12-10T09:00:00+07:00")],
      [],
      "mean",
    );
    expect(out.points[i1]).toBe(toFixed(26.5));
    expect(out.points[i2]).toBe(toFixed(12));
    expect(out.stages).toEqual([
      {
        code: "I.1",
        self: 30,
        final: 26.5,
        stage: "review",
        note: {
          vi: "Thẩm định (Khối trưởng, 10/12/2022 09:00): lý do review 26.5",
          en: "Review (Khối trưởng, 10/12/2022 09:00): lý do review 26.5",
        },
        trail: [
          { stage: "self", points: 30, by: null, at: null, text: null, final: false },
          {
            stage: "review",
            points: 26.5,
            by: "Khối trưởng",
            at: "2022-12-10T09:00:00+07:00",
            text: { vi: "lý do review 26.5", en: "lý do review 26.5" },
            final: true,
          },
        ],
      },
    ]);
  });

  it("keeps the whole trail: self → review → the unit's explanation → second review → agreed, whatever the file order", () => {
    const explanation = {
      unitId: "tand-tinh",
      code: "I.1",
      text: "Bổ sung quyết định công nhận",
      at: "2022-12-12T08:00:00+07:00",
    };
    const adjustments = [
      adj("agreed", 29, "2022-12-20T09:00:00+07:00"),
      adj("second-review", 30, "2022-12-15T09:00:00+07:00"),
      adj("review", 26, "2022-12-10T09:00:00+07:00"),
      adj("review", 25, "2022-12-11T09:00:00+07:00"),
    ];
    const out = resolveCriterionPoints(
      compiled,
      policy,
      self,
      // An explanation of I.2, which nobody reviewed, joins no trail (the checker reports it).
      { adjustments, explanations: [explanation, { ...explanation, code: "I.2" }] },
      "mean",
    );
    expect(out.stages).toHaveLength(1);
    const trail = out.stages[0]!.trail;
    expect(trail.map((t) => [t.stage, t.points, t.final])).toEqual([
      ["self", 30, false],
      ["review", 26, false],
      ["review", 25, false],
      ["explanation", null, false],
      ["second-review", 30, false],
      ["agreed", 29, true],
    ]);
    expect(trail[3]).toEqual({
      stage: "explanation",
      points: null,
      by: null,
      at: "2022-12-12T08:00:00+07:00",
      text: { vi: "Bổ sung quyết định công nhận", en: "Bổ sung quyết định công nhận" },
      final: false,
    });
    const reversed = resolveCriterionPoints(
      compiled,
      policy,
      self,
      { adjustments: [...adjustments].reverse(), explanations: [explanation] },
      "mean",
    );
    expect(reversed.stages).toEqual(out.stages);
  });

  it("lets the second review (after the explanation) override the review, and the meeting's agreed points override both", () => {
    const adjustments = [
      adj("agreed", 28, "2022-12-20T09:00:00+07:00"),
      adj("second-review", 27, "2022-12-15T09:00:00+07:00"),
      adj("review", 26.5, "2022-12-10T09:00:00+07:00"),
    ];
    expect(resolveWith(compiled, policy, self, adjustments.slice(1), [], "mean").points[i1]).toBe(
      toFixed(27),
    );
    const out = resolveWith(compiled, policy, self, adjustments, [], "mean");
    expect(out.points[i1]).toBe(toFixed(28));
    expect(out.stages[0]!.stage).toBe("agreed");
  });

  it("does not count a review above the criterion's maximum (the checker reports it)", () => {
    const out = resolveWith(
      compiled,
      policy,
      self,
      [adj("review", 40, "2022-12-10T09:00:00+07:00")],
      [],
      "mean",
    );
    expect(out.points[i1]).toBe(toFixed(30));
    expect(out.stages).toEqual([]);
  });

  it("takes the latest adjustment of a stage, whatever the file order", () => {
    const a = [
      adj("review", 25, "2022-12-11T09:00:00+07:00"),
      adj("review", 26, "2022-12-10T09:00:00+07:00"),
    ];
    expect(resolveWith(compiled, policy, self, a, [], "mean").points[i1]).toBe(toFixed(25));
    expect(resolveWith(compiled, policy, self, [...a].reverse(), [], "mean").points[i1]).toBe(toFixed(25));
  });

  describe("cross-scores", () => {
    const cross = compiledWith({ finalScore: "cross", crossScoring: { aggregation: "mean", minScorers: 3 } });
    const crossPolicy = cross.template.ranking!;
    const score = (scorer: string, points: number) => ({ scorer, unitId: "tand-tinh", code: "I.1", points });
    const three = [score("cong-an-tinh", 28), score("vksnd-tinh", 29), score("so-tu-phap", 24)];

    it("uses the aggregate when enough units scored, over the review", () => {
      const out = resolveWith(
        cross,
        crossPolicy,
        self,
        [adj("review", 26.5, "2022-12-10T09:00:00+07:00")],
        three,
        "mean",
      );
      expect(out.points[i1]).toBe(toFixed(27)); // (28 + 29 + 24) / 3
      expect(out.stages[0]!.stage).toBe("cross");
      expect(out.stages[0]!.note.vi).toBe("Chấm chéo: trung bình của 3 điểm (24; 28; 29) = 27");
    });

    it("puts the aggregate in the trail after the reviews it overrides, and before the agreed points", () => {
      const out = resolveCriterionPoints(
        cross,
        crossPolicy,
        self,
        { adjustments: [adj("review", 26.5, "2022-12-10T09:00:00+07:00")], cross: three },
        "mean",
      );
      expect(out.stages[0]!.trail.map((t) => [t.stage, t.points, t.final])).toEqual([
        ["self", 30, false],
        ["review", 26.5, false],
        ["cross", 27, true],
      ]);
      const agreed = resolveCriterionPoints(
        cross,
        crossPolicy,
        self,
        { adjustments: [adj("agreed", 28, "2022-12-20T09:00:00+07:00")], cross: three },
        "mean",
      );
      expect(agreed.stages[0]!.trail.map((t) => [t.stage, t.points, t.final])).toEqual([
        ["self", 30, false],
        ["cross", 27, false],
        ["agreed", 28, true],
      ]);
    });

    it("falls back to the review or self score below the minimum number of scorers", () => {
      const out = resolveWith(cross, crossPolicy, self, [], three.slice(0, 2), "mean");
      expect(out.points[i1]).toBe(toFixed(30));
      expect(out.stages).toEqual([]);
    });

    it("counts one score per distinct valid scorer: a self-score, a non-member and a repeated scorer do not count", () => {
      // One real scorer (so-tu-phap, 2) and three scores the checker rejects: before, "mean of 4 scores = 4".
      const junk = [
        score("cong-an-tinh", 2),
        score("cong-an-tinh", 2),
        score("so-noi-vu", 2), // not a member
        score("tand-tinh", 10), // itself
      ];
      const one = resolveWith(cross, crossPolicy, self, [], [score("so-tu-phap", 2), ...junk], "mean");
      expect(one.points[i1]).toBe(toFixed(30)); // one valid scorer is below minScorers 3
      expect(one.stages).toEqual([]);
      const out = resolveWith(cross, crossPolicy, self, [], [...three, ...junk], "mean");
      // cong-an-tinh scored twice more (28, 2, 2): none of its scores counts, so two scorers remain.
      expect(out.stages).toEqual([]);
      const withThird = [...three, score("thanh-tra-tinh", 27), ...junk];
      const counted = resolveWith(cross, crossPolicy, self, [], withThird, "mean");
      expect(counted.points[i1]).toBe(toFixed(26.67)); // (29 + 24 + 27) / 3, rounded by the table
      expect(counted.stages[0]!.note.vi).toBe("Chấm chéo: trung bình của 3 điểm (24; 27; 29) = 26,67");
    });

    it("ignores scores above the criterion's maximum and scores of award-history items", () => {
      const over = [score("cong-an-tinh", 40), score("vksnd-tinh", 29), score("so-tu-phap", 24)];
      expect(resolveWith(cross, crossPolicy, self, [], over, "mean").stages).toEqual([]);
      const t1 = cross.byCode.get("T.1")!.index;
      const history = ["cong-an-tinh", "vksnd-tinh", "so-tu-phap"].map((scorer) => ({
        ...score(scorer, 5),
        code: "T.1",
      }));
      expect(resolveWith(cross, crossPolicy, self, [], history, "mean").points[t1]).toBe(0);
    });

    it("is ignored when the policy ranks by reviewed scores", () => {
      expect(resolveWith(compiled, policy, self, [], three, "mean").points[i1]).toBe(toFixed(30));
    });
  });

  it("aggregates exactly: mean, median (even count → mean of the middle two) and the trimmed mean, rounded by the table", () => {
    expect(aggregateCrossScores(f(9, 8, 10), "mean", rounding)).toBe(toFixed(9));
    expect(aggregateCrossScores(f(10, 9, 9), "mean", rounding)).toBe(toFixed(9.33));
    expect(aggregateCrossScores(f(10, 9.5, 2, 9), "median", rounding)).toBe(toFixed(9.25));
    expect(aggregateCrossScores(f(10, 9.5, 2), "median", rounding)).toBe(toFixed(9.5));
    expect(aggregateCrossScores(f(10, 9.5, 2, 9), "trimmedMean", rounding)).toBe(toFixed(9.25));
    expect(aggregateCrossScores(f(0.1, 0.2), "mean", rounding)).toBe(toFixed(0.15));
    expect(aggregateCrossScores(f(10, 2), "trimmedMean", rounding)).toBe(toFixed(6));
  });
});
