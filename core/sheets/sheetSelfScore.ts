import { criterionKind } from "../criteria/registry";
import { fromFixed } from "../decimal/fixed";
import { aggregatePoints } from "../scoring/aggregatePoints";
import type { CompiledTemplate } from "../template/compileTemplate";
import { criterionFormula } from "./scoringFormulas";

const ANY_ROW = { input: "F1", target: "G1", evidence: "I1", raw: "K1" };

/**
 * The figure a unit's scoring sheet shows as "A. Tổng điểm các nội dung" for its self points — what the unit signed:
 * a criterion the sheet cannot compute (relative to the bloc's best, known only when the bloc is consolidated)
 * counts 0 there, and group caps apply to what is left, as the sheet's MIN(cap, SUM(…)) does.
 */
export function sheetSelfScore(compiled: CompiledTemplate, points: ArrayLike<number>): number {
  const onSheet = Array.from(points);
  for (const node of compiled.scorable) {
    const written = criterionKind(node.rule!).sheetConstant !== undefined;
    if (node.block === "sections" && !written && criterionFormula(node, ANY_ROW) === undefined)
      onSheet[node.index] = 0;
  }
  return fromFixed(aggregatePoints(compiled, onSheet).baseScore);
}
