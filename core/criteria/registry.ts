import { z } from "zod";
import { awardHistory, AwardHistoryRuleSchema } from "./awardHistory";
import { count, CountRuleSchema } from "./count";
import type { Block, CriterionKindModule } from "./criterionKind";
import { ladder, LadderRuleSchema } from "./ladder";
import { manual, ManualRuleSchema } from "./manual";
import { passFail, PassFailRuleSchema } from "./passFail";
import { percentOfTarget, PercentOfTargetRuleSchema } from "./percentOfTarget";
import { relativeToBest, RelativeToBestRuleSchema } from "./relativeToBest";
import { violations, ViolationsRuleSchema } from "./violations";

/**
 * The criterion kinds, in the order the documentation lists them. Adding a kind is one module in
 * `core/criteria/` and one line in each of the two lists below; scoring, validation, the sheets and the template
 * checks find it here.
 */
export const CRITERIA = {
  passFail,
  ladder,
  percentOfTarget,
  relativeToBest,
  count,
  violations,
  manual,
  awardHistory,
} as const;

/** A criterion's rule (how an entry becomes points), one shape per kind. */
export const CriterionRuleSchema = z.discriminatedUnion("kind", [
  PassFailRuleSchema,
  LadderRuleSchema,
  PercentOfTargetRuleSchema,
  RelativeToBestRuleSchema,
  CountRuleSchema,
  ViolationsRuleSchema,
  ManualRuleSchema,
  AwardHistoryRuleSchema,
]);

export type CriterionRule = z.infer<typeof CriterionRuleSchema>;
export type CriterionKind = CriterionRule["kind"];

/** Every kind, in the order the documentation lists them. */
export const CRITERION_KINDS = Object.keys(CRITERIA) as CriterionKind[];

/** The module of a rule's kind: its points, explanation, checks, formula and words. */
export function criterionKind(rule: CriterionRule): CriterionKindModule<CriterionRule> {
  return CRITERIA[rule.kind] as CriterionKindModule<CriterionRule>;
}

/** Kinds allowed inside the scored sections, the bonus block and the deduction block. */
export const KINDS_BY_BLOCK: Record<Block, readonly CriterionKind[]> = {
  sections: kindsIn("sections"),
  bonus: kindsIn("bonus"),
  deductions: kindsIn("deductions"),
};

function kindsIn(block: Block): CriterionKind[] {
  return CRITERION_KINDS.filter((kind) => CRITERIA[kind].blocks.includes(block));
}
