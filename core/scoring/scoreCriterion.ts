import type { Fixed } from "../decimal/fixed";
import type { Localized } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import type { CriterionContext } from "./criterionContext";
import { explainCriterion } from "./explainCriterion";
import { pointsForEntry } from "./pointsForEntry";

export type { CriterionContext } from "./criterionContext";

/** A criterion's points (Fixed) and how they were computed. */
export type CriterionScore = { points: Fixed; explanation: Localized };

/**
 * Scores one criterion or bonus/deduction item (a node with a rule): the same points as the fast path
 * (`criterionPoints`), plus the explanation ("92% kế hoạch: 30 − 8 × 0,5 = 26"). A group scores 0 here.
 */
export function scoreCriterion(
  node: CompiledNode,
  entry: Entry | undefined,
  ctx: CriterionContext,
): CriterionScore {
  const points = pointsForEntry(node, entry, ctx);
  return { points, explanation: explainCriterion(node, entry, ctx, points) };
}
