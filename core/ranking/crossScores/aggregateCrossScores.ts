import type { Fixed } from "../../decimal/fixed";
import { fromFixed, roundRatio, toFixed } from "../../decimal/fixed";
import { formatNumber } from "../../i18n/formatNumber";
import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { CrossAggregation } from "../../template/rankingPolicySchema";
import { pointsFromHistory } from "../../criteria/registry";
import type { CrossScore } from "../crossScoresFileSchema";

/**
 * The cross-scores of one unit that count, per node index and scorer: only what checkRankingInputs accepts — a member
 * scoring another unit, on a criterion or bonus/deduction item (not award history), within its maximum. A scorer
 * who scored the same criterion twice counts for neither (null): the file does not say which score is meant.
 */
export function countedCrossScores(
  compiled: CompiledTemplate,
  crossScores: readonly CrossScore[],
): Map<number, Map<string, Fixed | null>> {
  const byNode = new Map<number, Map<string, Fixed | null>>();
  for (const s of crossScores) {
    if (s.scorer === s.unitId || !compiled.memberIds.has(s.scorer)) continue;
    const node = compiled.byCode.get(s.code);
    if (node === undefined || node.rule === undefined || pointsFromHistory(node.rule)) continue;
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

/** "Chấm chéo: trung bình của 3 điểm (…) = 27": how the cross-scores of one criterion were combined. */
export function describeAggregation(
  list: readonly Fixed[],
  aggregation: CrossAggregation,
  value: Fixed,
): Localized {
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
