import type { CriterionContext } from "../criteria/criterionKind";
import { pts } from "../criteria/criterionWords";
import { criterionKind } from "../criteria/registry";
import type { Fixed } from "../decimal/fixed";
import type { Localized } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import { countedPoints, hasEvidence } from "./evidenceRule";

/** A criterion's points (Fixed) and how they were computed. */
export type CriterionScore = { points: Fixed; explanation: Localized };

/**
 * Points of one criterion or bonus/deduction item for its entry: its kind's points (exact, rounded once with the
 * table's rule, within its bounds), then the evidence rule. A group, or no entry, scores 0.
 */
export function pointsForEntry(node: CompiledNode, entry: Entry | undefined, ctx: CriterionContext): Fixed {
  if (node.rule === undefined) return 0;
  const { claimed } = criterionKind(node.rule).points(node, node.rule, entry, ctx);
  return countedPoints(node, claimed, hasEvidence(entry));
}

/**
 * `pointsForEntry` and how the points were computed ("92% kế hoạch: 30 − 8 × 0,5 = 26"), written from the same
 * working as the points; a claim the evidence rule cancels says so. A group scores 0 with no words here.
 */
export function scoreCriterion(
  node: CompiledNode,
  entry: Entry | undefined,
  ctx: CriterionContext,
): CriterionScore {
  if (node.rule === undefined) return { points: 0, explanation: { vi: "", en: "" } };
  const working = criterionKind(node.rule).points(node, node.rule, entry, ctx);
  const points = countedPoints(node, working.claimed, hasEvidence(entry));
  const how = { vi: working.explain("vi"), en: working.explain("en") };
  if (points === working.claimed) return { points, explanation: how };
  return {
    points,
    explanation: {
      vi: `${how.vi}; thiếu minh chứng nên ${pts(working.claimed, "vi")} điểm tự chấm không được tính → 0`,
      en: `${how.en}; evidence is missing, so the ${pts(working.claimed, "en")} points claimed do not count → 0`,
    },
  };
}
