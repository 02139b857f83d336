import { z } from "zod";
import { awardHistory, AwardHistoryEntryFields, AwardHistoryRuleSchema } from "./awardHistory";
import { count, CountEntryFields, CountRuleSchema } from "./count";
import type { Block, CriterionKindModule, EntryField } from "./criterionKind";
import { ladder, LadderEntryFields, LadderRuleSchema } from "./ladder";
import { manual, ManualEntryFields, ManualRuleSchema } from "./manual";
import { passFail, PassFailEntryFields, PassFailRuleSchema } from "./passFail";
import { percentOfTarget, PercentOfTargetEntryFields, PercentOfTargetRuleSchema } from "./percentOfTarget";
import { relativeToBest, RelativeToBestEntryFields, RelativeToBestRuleSchema } from "./relativeToBest";
import { violations, ViolationsEntryFields, ViolationsRuleSchema } from "./violations";

/**
 * The criterion kinds, in the order the documentation lists them. Adding a kind is one module in
 * `core/criteria/` and one line in each of the three lists below; scoring, validation, the sheets and the template
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

/**
 * The value fields of an entry (what a unit types for a criterion), each declared by the kind that reads it;
 * the return format (`EntrySchema`) is made of them. Kinds may share a field (count and violations read "count").
 */
export const ENTRY_FIELD_SCHEMAS = {
  ...PassFailEntryFields,
  ...LadderEntryFields,
  ...PercentOfTargetEntryFields,
  ...RelativeToBestEntryFields,
  ...CountEntryFields,
  ...ViolationsEntryFields,
  ...ManualEntryFields,
  ...AwardHistoryEntryFields,
} satisfies Record<EntryField, z.ZodType>;

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

/** True when a row's points come from the award history: nobody types, reviews or cross-scores them by hand. */
export function pointsFromHistory(rule: CriterionRule | undefined): boolean {
  return rule !== undefined && criterionKind(rule).readsHistory === true;
}

/** The award a row's points come from when they come from the award history (the row names it), else undefined. */
export function historyAward(rule: CriterionRule | undefined): string | undefined {
  if (rule === undefined || !pointsFromHistory(rule) || !("award" in rule)) return undefined;
  return typeof rule.award === "string" ? rule.award : undefined;
}
