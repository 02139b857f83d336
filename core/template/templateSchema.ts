import { z } from "zod";
import { CodeSchema, CriterionRuleSchema, IdSchema, PointsSchema } from "./criterionRuleSchema";
import { RankingPolicySchema } from "./rankingPolicySchema";

/** The version of the template file format itself (not of a bloc's table). */
export const TEMPLATE_FORMAT_VERSION = 1;

const Title = z.string().trim().min(1).max(500);
const Text = z.string().max(4000);

/**
 * A node of the scoring table: a group (nội dung / tiêu chí with `children`) or a criterion (with a `rule`).
 * `standard` is điểm chuẩn, `max` điểm tối đa (defaults to `standard`), `cap` an optional ceiling on a group.
 */
export const TemplateNodeSchema = z.strictObject({
  code: CodeSchema,
  title: Title,
  titleEn: Title.optional(),
  guidance: Text.optional(),
  standard: PointsSchema.optional(),
  max: PointsSchema.optional(),
  cap: PointsSchema.optional(),
  evidenceRequired: z.boolean().optional(),
  /** What the unit counts or measures, e.g. "văn bản", "%", "tỷ đồng". */
  unit: z.string().max(40).optional(),
  rule: CriterionRuleSchema.optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof TemplateNodeSchema>> {
    return z.array(TemplateNodeSchema).optional();
  },
});

/** A bonus (điểm thưởng) or deduction (điểm trừ) item: `max` is its own cap. */
export const AdjustmentItemSchema = z.strictObject({
  code: CodeSchema,
  title: Title,
  titleEn: Title.optional(),
  guidance: Text.optional(),
  max: PointsSchema,
  evidenceRequired: z.boolean().optional(),
  unit: z.string().max(40).optional(),
  rule: CriterionRuleSchema,
});

/** A block of bonus or deduction items with an optional global cap. */
export const AdjustmentBlockSchema = z.strictObject({
  title: Title.optional(),
  cap: PointsSchema.optional(),
  items: z.array(AdjustmentItemSchema),
});

export const MemberSchema = z.strictObject({
  id: IdSchema,
  name: Title,
  shortName: z.string().trim().min(1).max(80).optional(),
});

/** An award the bloc may propose, highest first (Cờ thi đua của Chính phủ, Cờ thi đua của UBND tỉnh, Bằng khen). */
export const AwardTypeSchema = z.strictObject({
  id: IdSchema,
  name: Title,
  nameEn: Title.optional(),
});

export const IdentitySchema = z.strictObject({
  /** Khối / cụm thi đua. */
  bloc: z.strictObject({ id: IdSchema, name: Title, kind: z.enum(["bloc", "cluster"]).default("bloc") }),
  province: Title,
  year: z.number().int().min(2000).max(2100),
  /** Sơ kết 6 tháng (mid-year) or tổng kết năm (year-end). */
  period: z.enum(["mid-year", "year-end"]),
  /** The bloc's own version of its table for that year, e.g. "1", "2022.2". */
  version: z.string().trim().min(1).max(40),
  language: z.enum(["vi", "en"]).default("vi"),
});

export const RoundingSchema = z.strictObject({
  /** Decimal places a criterion's points are rounded to; subtotals and totals are exact sums of those. */
  decimals: z.number().int().min(0).max(4).default(2),
  mode: z.enum(["half-up", "half-even", "down"]).default("half-up"),
});

export const TemplateSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
  id: IdSchema,
  /** Marks a sample table: plausible, not a real bloc's adopted table. */
  sample: z.boolean().optional(),
  notice: Text.optional(),
  identity: IdentitySchema,
  members: z.array(MemberSchema).min(1).max(200),
  leader: IdSchema.optional(),
  deputy: IdSchema.optional(),
  /** Điểm chuẩn of the whole table (usually 100; clusters may use 1.000). */
  base: PointsSchema,
  rounding: RoundingSchema.default({ decimals: 2, mode: "half-up" }),
  sections: z.array(TemplateNodeSchema).min(1),
  bonus: AdjustmentBlockSchema.default({ items: [] }),
  deductions: AdjustmentBlockSchema.default({ items: [] }),
  awards: z.array(AwardTypeSchema).default([]),
  /** Quy chế xếp hạng: eligibility, bands, tie-breaks, votes, quotas, rotation (not part of the fingerprint). */
  ranking: RankingPolicySchema.optional(),
});

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;
export type TemplateNode = z.infer<typeof TemplateNodeSchema>;
export type AdjustmentItem = z.infer<typeof AdjustmentItemSchema>;
export type AdjustmentBlock = z.infer<typeof AdjustmentBlockSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type AwardType = z.infer<typeof AwardTypeSchema>;
export type Rounding = z.infer<typeof RoundingSchema>;
