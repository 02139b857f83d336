import { z } from "zod";
import { hasAtMostFourDecimals } from "../decimal/fixed";

/** Points as written in a template: ≥ 0, at most 4 decimal places (half-points and tenths are common). */
export const PointsSchema = z
  .number()
  .min(0)
  .max(100_000)
  .refine(hasAtMostFourDecimals, { message: "at most 4 decimal places" });

const PositivePoints = PointsSchema.refine((v) => v > 0, { message: "must be greater than 0" });

/** A code as tables write it: I, I.1, I.1.a, T.2 (letters, digits, dots between parts). */
export const CodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9Đđ]+(\.[A-Za-z0-9Đđ]+)*$/, {
    message: "a code like I, I.1 or I.1.a (letters/digits, dots)",
  })
  .max(20);

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "lower-case letters, digits and '-' (e.g. cong-an-tinh)" })
  .max(60);

/** Đạt / không đạt: yes earns the standard points (the item's maximum in a bonus/deduction block), no earns 0. */
export const PassFailRuleSchema = z.strictObject({ kind: z.literal("passFail") });

/** One rung of a rating ladder, e.g. HTXSNV → 10 points. */
export const LadderLevelSchema = z.strictObject({
  code: z.string().min(1).max(20),
  label: z.string().min(1).max(200),
  labelEn: z.string().max(200).optional(),
  points: PointsSchema,
});

/** Rating ladder (xếp loại): the unit picks a level, each level has fixed points. */
export const LadderRuleSchema = z.strictObject({
  kind: z.literal("ladder"),
  levels: z.array(LadderLevelSchema),
});

/**
 * Percent of target: standard points at 100 %; every `stepPercent` over adds `pointsPerStepOver` up to the
 * maximum, every `stepPercent` under removes `pointsPerStepUnder` down to `floor`. With `steps: "whole"` only
 * completed steps count (92 % with 1 %-steps is 8 steps under); with `"proportional"` the fraction counts too.
 */
export const PercentOfTargetRuleSchema = z.strictObject({
  kind: z.literal("percentOfTarget"),
  stepPercent: PositivePoints.default(1),
  pointsPerStepOver: PointsSchema.default(0),
  pointsPerStepUnder: PointsSchema,
  floor: PointsSchema.default(0),
  steps: z.enum(["whole", "proportional"]).default("whole"),
});

/** Relative to the bloc's best (so với đơn vị cao nhất): the best unit gets the maximum, others pro rata. */
export const RelativeToBestRuleSchema = z.strictObject({
  kind: z.literal("relativeToBest"),
  better: z.enum(["higher", "lower"]).default("higher"),
});

/** Count × points: each counted item (initiative, model, report) earns `pointsPerItem`, capped at the maximum. */
export const CountRuleSchema = z.strictObject({
  kind: z.literal("count"),
  pointsPerItem: PositivePoints,
});

/** Per-violation deduction: starts at the standard points, each violation removes `pointsPerViolation`, not below `floor`. */
export const ViolationsRuleSchema = z.strictObject({
  kind: z.literal("violations"),
  pointsPerViolation: PositivePoints,
  floor: PointsSchema.default(0),
});

/** Manual: the scorer enters any score in [0, maximum], optionally in multiples of `step` (e.g. 0,5). */
export const ManualRuleSchema = z.strictObject({
  kind: z.literal("manual"),
  step: PositivePoints.optional(),
});

/**
 * Award history (bonus blocks only): `points` when the unit received `award` in one of the last `yearsBack`
 * years, read from the bloc's history — never typed by the unit.
 */
export const AwardHistoryRuleSchema = z.strictObject({
  kind: z.literal("awardHistory"),
  award: IdSchema,
  yearsBack: z.number().int().min(1).max(10).default(1),
});

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
export type LadderLevel = z.infer<typeof LadderLevelSchema>;

/** Every kind, in the order the documentation lists them. */
export const CRITERION_KINDS: readonly CriterionKind[] = [
  "passFail",
  "ladder",
  "percentOfTarget",
  "relativeToBest",
  "count",
  "violations",
  "manual",
  "awardHistory",
];

/** Kinds allowed inside the scored sections, the bonus block and the deduction block. */
export const KINDS_BY_BLOCK = {
  sections: ["passFail", "ladder", "percentOfTarget", "relativeToBest", "count", "violations", "manual"],
  bonus: ["passFail", "ladder", "count", "manual", "awardHistory"],
  deductions: ["passFail", "count", "manual"],
} as const satisfies Record<string, readonly CriterionKind[]>;
