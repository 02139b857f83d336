import type { Fixed } from "../decimal/fixed";
import { roundRatio } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { CrossAggregation, RankingPolicy } from "../template/rankingPolicySchema";
import type { CrossScore } from "./crossScoresFileSchema";
import type { CriterionStage, ScoreStage } from "./rankingResult";
import type { ReviewAdjustment } from "./reviewsFileSchema";
import { toFixed, fromFixed } from "../decimal/fixed";
import { formatIsoTime } from "./tieBreakKeys";

const STAGE_ORDER: Record<ReviewAdjustment["stage"], number> = { review: 1, "second-review": 2, agreed: 3 };

/**
 * A unit's final points per criterion from its self points and the adjustments and cross-scores that concern it:
 * the agreed points of the meeting win; then, when the policy ranks by cross-scores, their aggregate (if at least
 * `minScorers` distinct units validly scored); then the second review; then the review; then the self score. Within a
 * stage the latest adjustment counts. A record checkRankingInputs rejects never counts (a self-score, a non-member
 * scorer, a scorer's second score of one criterion, an award-history item, points above the maximum). Returns new
 * points (self is not modified) and the criteria whose stage is not "self".
 */
export function resolveCriterionPoints(
  compiled: CompiledTemplate,
  policy: RankingPolicy,
  self: ArrayLike<number>,
  adjustments: readonly ReviewAdjustment[],
  crossScores: readonly CrossScore[],
  aggregation: CrossAggregation,
  /** Where to write the points (as long as `self`); a new array when not given. */
  into?: Float64Array,
): { points: Float64Array; stages: CriterionStage[] } {
  // A plain copy: Float64Array.from goes through the iterator protocol, ~10× slower for a 300-node table.
  const points = into ?? new Float64Array(self.length);
  points.set(self);
  const chosen = new Map<number, { points: Fixed; stage: ScoreStage; note: Localized; order: number }>();
  // Each time parsed once, not at every comparison.
  const timed = adjustments.map((adj) => ({ adj, time: Date.parse(adj.at) }));
  timed.sort(compareAdjustments);
  for (const { adj } of timed) {
    const node = compiled.byCode.get(adj.code);
    // What checkRankingInputs rejects does not count: award-history items and points above the maximum.
    if (node === undefined || node.rule === undefined || node.rule.kind === "awardHistory") continue;
    if (toFixed(adj.points) > node.max) continue;
    const order = STAGE_ORDER[adj.stage] * 2 + (adj.stage === "agreed" ? 1 : 0);
    const prev = chosen.get(node.index);
    if (prev !== undefined && prev.order > order) continue;
    const when = formatIsoTime(adj.at);
    const label = {
      review: ["Thẩm định", "Review"],
      "second-review": ["Thẩm định lại", "Second review"],
      agreed: ["Hội nghị thống nhất", "Agreed at the meeting"],
    }[adj.stage];
    chosen.set(node.index, {
      points: toFixed(adj.points),
      stage: adj.stage,
      note: msg(
        `${label[0]} (${adj.reviewer}, ${when}): ${adj.reason}`,
        `${label[1]} (${adj.reviewer}, ${when}): ${adj.reason}`,
      ),
      order,
    });
  }
  if (policy.finalScore === "cross" && crossScores.length > 0) {
    const minScorers = policy.crossScoring?.minScorers ?? 3;
    const byNode = countedCrossScores(compiled, crossScores);
    for (const [index, byScorer] of byNode) {
      const list: Fixed[] = [];
      for (const points of byScorer.values()) if (points !== null) list.push(points);
      if (list.length < minScorers) continue;
      const prev = chosen.get(index);
      if (prev !== undefined && prev.stage === "agreed") continue;
      const value = aggregateCrossScores(list, aggregation, compiled.template.rounding);
      chosen.set(index, {
        points: value,
        stage: "cross",
        note: describeAggregation(list, aggregation, value),
        order: 6,
      });
    }
  }
  const stages: CriterionStage[] = [];
  for (const index of [...chosen.keys()].sort((a, b) => a - b)) {
    const c = chosen.get(index)!;
    stages.push({
      code: compiled.nodes[index]!.code,
      self: fromFixed(self[index] ?? 0),
      final: fromFixed(c.points),
      stage: c.stage,
      note: c.note,
    });
    points[index] = c.points;
  }
  return { points, stages };
}

/**
 * The cross-scores of one unit that count, per node index and scorer: only what checkRankingInputs accepts — a member
 * scoring another unit, on a criterion or bonus/deduction item (not award history), within its maximum. A scorer
 * who scored the same criterion twice counts for neither (null): the file does not say which score is meant.
 */
function countedCrossScores(
  compiled: CompiledTemplate,
  crossScores: readonly CrossScore[],
): Map<number, Map<string, Fixed | null>> {
  const byNode = new Map<number, Map<string, Fixed | null>>();
  for (const s of crossScores) {
    if (s.scorer === s.unitId || !compiled.memberIds.has(s.scorer)) continue;
    const node = compiled.byCode.get(s.code);
    if (node === undefined || node.rule === undefined || node.rule.kind === "awardHistory") continue;
    const points = toFixed(s.points);
    if (points > node.max) continue;
    let byScorer = byNode.get(node.index);
    if (byScorer === undefined) byNode.set(node.index, (byScorer = new Map()));
    byScorer.set(s.scorer, byScorer.has(s.scorer) ? null : points);
  }
  return byNode;
}

/**
 * Combines cross-scores exactly and rounds with the template's rounding: the mean, the median (the mean of the two
 * middle scores when even), or the mean after dropping one highest and one lowest (plain mean below 3 scores).
 */
export function aggregateCrossScores(
  scores: readonly Fixed[],
  aggregation: CrossAggregation,
  rounding: { decimals: number; mode: "half-up" | "half-even" | "down" },
): Fixed {
  const sorted = [...scores].sort((a, b) => a - b);
  let used = sorted;
  if (aggregation === "median") {
    const mid = sorted.length >> 1;
    used = sorted.length % 2 === 1 ? sorted.slice(mid, mid + 1) : sorted.slice(mid - 1, mid + 1);
  } else if (aggregation === "trimmedMean" && sorted.length >= 3) {
    used = sorted.slice(1, -1);
  }
  let sum = 0;
  for (const v of used) sum += v;
  return roundRatio(sum, used.length, rounding.decimals, rounding.mode);
}

const AGGREGATION_WORDS: Record<CrossAggregation, [string, string]> = {
  mean: ["trung bình", "mean"],
  median: ["trung vị", "median"],
  trimmedMean: [
    "trung bình sau khi bỏ điểm cao nhất và thấp nhất",
    "mean after dropping the highest and lowest",
  ],
};

function describeAggregation(list: readonly Fixed[], aggregation: CrossAggregation, value: Fixed): Localized {
  const vals = (lang: "vi" | "en") =>
    [...list]
      .sort((a, b) => a - b)
      .map((v) => formatNumber(fromFixed(v), lang))
      .join("; ");
  const [vi, en] = AGGREGATION_WORDS[aggregation];
  return msg(
    `Chấm chéo: ${vi} của ${list.length} điểm (${vals("vi")}) = ${formatNumber(fromFixed(value), "vi")}`,
    `Cross-scores: ${en} of ${list.length} scores (${vals("en")}) = ${formatNumber(fromFixed(value), "en")}`,
  );
}

/** Orders adjustments by stage then time, then by content, so the latest wins whatever the file order. */
function compareAdjustments(
  { adj: a, time: ta }: { adj: ReviewAdjustment; time: number },
  { adj: b, time: tb }: { adj: ReviewAdjustment; time: number },
): number {
  return (
    STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
    ta - tb ||
    a.points - b.points ||
    (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) ||
    (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0)
  );
}
