import type { Fixed } from "../decimal/fixed";
import type { CompiledTemplate } from "../template/compileTemplate";

/** Every node's points and the totals of one return, all in `Fixed`. */
export type AggregatedPoints = {
  /** Every node in document order, groups included; each limited by its maximum / cap. */
  nodePoints: Float64Array;
  /** The top-level sections' subtotals (điểm nội dung), in order. */
  sectionPoints: Fixed[];
  /** Σ sections (phần chấm điểm). */
  baseScore: Fixed;
  /** Điểm thưởng: Σ items, each limited to its maximum, then limited by the block's cap. */
  bonus: Fixed;
  /** Điểm trừ as a positive number: Σ items, each limited to its maximum, then limited by the block's cap. */
  deductions: Fixed;
  /** baseScore + bonus − deductions; may exceed the base (97 + 10 = 107). */
  total: Fixed;
};

/**
 * Adds criterion points up the tree: a group is the exact sum of its children, limited by its cap; bonus and
 * deductions are limited by their item maxima and block caps. Criterion points outside [0, max] (e.g. a reviewed
 * score typed by hand) are limited too. Reads only `criterionPoints` at criterion and item indices.
 */
export function aggregatePoints(
  compiled: CompiledTemplate,
  criterionPoints: ArrayLike<number>,
  /** Where to write the node points (one per node, every slot overwritten); a new array when not given. */
  into?: Float64Array,
): AggregatedPoints {
  const nodes = compiled.nodes;
  const nodePoints = into ?? new Float64Array(nodes.length);
  // Document order puts children after their parent: walking backwards sums children first.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    let points: number;
    if (node.rule !== undefined) {
      points = criterionPoints[i] ?? 0;
      if (!(points > 0))
        points = 0; // also NaN
      else if (points > node.max) points = node.max;
    } else {
      points = 0;
      for (const child of node.children) points += nodePoints[child]!;
      if (node.cap !== undefined && points > node.cap) points = node.cap;
    }
    nodePoints[i] = points;
  }
  const sectionPoints = compiled.sections.map((s) => nodePoints[s.index]!);
  let baseScore = 0;
  for (const p of sectionPoints) baseScore += p;
  let bonus = 0;
  for (const item of compiled.bonusItems) bonus += nodePoints[item.index]!;
  if (compiled.bonusCap !== undefined && bonus > compiled.bonusCap) bonus = compiled.bonusCap;
  let deductions = 0;
  for (const item of compiled.deductionItems) deductions += nodePoints[item.index]!;
  if (compiled.deductionCap !== undefined && deductions > compiled.deductionCap)
    deductions = compiled.deductionCap;
  return { nodePoints, sectionPoints, baseScore, bonus, deductions, total: baseScore + bonus - deductions };
}
