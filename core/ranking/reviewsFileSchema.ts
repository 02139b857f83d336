import { z } from "zod";
import { hasAtMostFourDecimals } from "../decimal/fixed";
import { CodeSchema, IdSchema } from "../template/criterionRuleSchema";

/** The version of every ranking input file format (reviews, cross-scores, votes, history, eligibility). */
export const RANKING_INPUT_FORMAT_VERSION = 1;

/** Points written in a ranking input: ≥ 0, at most 4 decimal places. */
export const InputPointsSchema = z
  .number()
  .min(0)
  .max(100_000)
  .refine(hasAtMostFourDecimals, { message: "at most 4 decimal places" });

/** What a time must be (a day that does not exist, such as 2022-02-31, is refused). */
export const TIME_FORMAT = "a real date and time with its offset, e.g. 2022-12-08T09:00:00+07:00";

/** An ISO 8601 time with its offset, e.g. 2019-12-10T09:00:00+07:00. */
export const TimeSchema = z.iso.datetime({ offset: true, message: TIME_FORMAT });

export const NonEmptyText = (max: number) =>
  z.string().trim().min(1, { message: "required, not empty" }).max(max);

/**
 * One review adjustment (điều chỉnh thẩm định) of one unit's criterion: the points the reviewer sets, why, who, when.
 * `stage`: the first review (thẩm định), the second review after the unit's explanation (thẩm định lại), or the
 * points the meeting agreed (thống nhất tại hội nghị). A reason is required: an adjustment without one is rejected.
 */
export const ReviewAdjustmentSchema = z.strictObject({
  unitId: IdSchema,
  code: CodeSchema,
  stage: z.enum(["review", "second-review", "agreed"]),
  points: InputPointsSchema,
  reason: NonEmptyText(2000),
  reviewer: NonEmptyText(200),
  at: TimeSchema,
});

/** A unit's explanation or objection (giải trình) about a review of one criterion. */
export const ExplanationSchema = z.strictObject({
  unitId: IdSchema,
  code: CodeSchema,
  text: NonEmptyText(4000),
  at: TimeSchema,
});

/** The reviews file: every adjustment and explanation of the year-end review of one bloc. */
export const ReviewsFileSchema = z.strictObject({
  formatVersion: z.literal(RANKING_INPUT_FORMAT_VERSION),
  adjustments: z.array(ReviewAdjustmentSchema).default([]),
  explanations: z.array(ExplanationSchema).default([]),
});

export type ReviewAdjustment = z.infer<typeof ReviewAdjustmentSchema>;
export type Explanation = z.infer<typeof ExplanationSchema>;
export type ReviewsFile = z.infer<typeof ReviewsFileSchema>;
export type ReviewStage = ReviewAdjustment["stage"];
