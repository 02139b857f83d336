import { z } from "zod";
import { CodeSchema, IdSchema, PointsSchema } from "./criterionRuleSchema";

/**
 * The bloc's ranking rules (quy chế xếp hạng, khen thưởng), adopted with its table. Part of the template but not of
 * its fingerprint: changing a quota does not change how a return scores, but a ranking result's input hash covers it.
 */

/** Why a unit may be held back (cờ điều kiện): each flag comes from the eligibility file with a reason. */
export const ELIGIBILITY_FLAGS = [
  "disciplined-unit",
  "disciplined-head",
  "investigation",
  "corruption",
  "low-rating",
  "no-covenant",
  "late-return",
  "manual",
] as const;
export const EligibilityFlagSchema = z.enum(ELIGIBILITY_FLAGS);
export type EligibilityFlag = z.infer<typeof EligibilityFlagSchema>;

/** What a flag does: keeps the unit out of the awards (still ranked), out of the ranking altogether, or nothing. */
export const GateEffectSchema = z.enum(["awards", "ranking", "none"]);
export type GateEffect = z.infer<typeof GateEffectSchema>;

/** One rule of the tie-break chain (thứ tự ưu tiên khi bằng điểm). "meeting" (Hội nghị quyết định) ends it. */
export const TieBreakKeySchema = z.discriminatedUnion("key", [
  z.strictObject({ key: z.literal("votes"), award: IdSchema }),
  z.strictObject({ key: z.literal("section"), code: CodeSchema }),
  z.strictObject({ key: z.literal("fewerDeductions") }),
  z.strictObject({ key: z.literal("moreBonus") }),
  z.strictObject({ key: z.literal("earliestSubmission") }),
  z.strictObject({ key: z.literal("lastYearRank") }),
  z.strictObject({ key: z.literal("meeting") }),
]);
export type TieBreakKey = z.infer<typeof TieBreakKeySchema>;

/** How cross-scores (chấm chéo) of one criterion are combined; fewer than `minScorers` scores are not used. */
export const CrossAggregationSchema = z.enum(["mean", "median", "trimmedMean"]);
export type CrossAggregation = z.infer<typeof CrossAggregationSchema>;

/**
 * A vote threshold as an exact fraction of the members present or of all members:
 * "> 1/2 of present" is a simple majority, "≥ 2/3", "≥ 9/10" (90 %).
 */
export const VoteThresholdSchema = z.strictObject({
  comparison: z.enum([">", ">="]),
  numerator: z.number().int().min(0).max(1000),
  denominator: z.number().int().min(1).max(1000),
  of: z.enum(["present", "total"]).default("present"),
});
export type VoteThreshold = z.infer<typeof VoteThresholdSchema>;

/**
 * How the secret ballot (bỏ phiếu kín) combines with the score: the score ranks and the vote confirms;
 * only the top N by score may be voted on (then the votes order them); or the vote decides and the score breaks ties.
 */
export const VotePolicySchema = z.strictObject({
  mode: z.enum(["confirm", "topN", "voteDecides"]),
  topN: z.number().int().min(1).max(1000).optional(),
  threshold: VoteThresholdSchema,
});
export type VotePolicy = z.infer<typeof VotePolicySchema>;

/** Chỉ tiêu (quota) of one award: a count, a percentage of the members with a rounding rule, or a table by bloc size. */
export const QuotaSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("count"), count: z.number().int().min(0).max(1000) }),
  z.strictObject({
    kind: z.literal("percent"),
    percent: PointsSchema.refine((v) => v <= 100, { message: "at most 100" }),
    rounding: z.enum(["down", "up", "half-up"]),
    /** A floor after rounding (e.g. "20 %, but at least 1"). */
    atLeast: z.number().int().min(0).max(1000).optional(),
  }),
  z.strictObject({
    kind: z.literal("bySize"),
    rows: z
      .array(
        z.strictObject({
          minMembers: z.number().int().min(1).max(1000),
          maxMembers: z.number().int().min(1).max(1000).optional(),
          count: z.number().int().min(0).max(1000),
        }),
      )
      .min(1),
  }),
]);
export type Quota = z.infer<typeof QuotaSchema>;

/** The rules for proposing one award (đề nghị khen thưởng) of the template's `awards`. */
export const AwardPolicySchema = z.strictObject({
  award: IdSchema,
  quota: QuotaSchema,
  /** Prerequisite: only among the units proposed for this award (the Government flag among the provincial flag's). */
  requires: IdSchema.optional(),
  /** Lowest classification band (by id) a candidate may have. */
  minBand: IdSchema.optional(),
  /** Lowest final total a candidate may have, on top of the policy's `minimumTotal`. */
  minTotal: PointsSchema.optional(),
  /** A unit that received this award last year: may be proposed again, is excluded, or may step aside (nhường). */
  lastYearHolder: z.enum(["allowed", "excluded", "mayStepAside"]).default("allowed"),
  vote: VotePolicySchema.optional(),
});
export type AwardPolicy = z.infer<typeof AwardPolicySchema>;

/** A classification band (xếp loại), e.g. Xuất sắc ≥ 95. */
export const BandSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100).optional(),
  min: PointsSchema,
});
export type Band = z.infer<typeof BandSchema>;

/** How next year's leader and deputy are suggested (luân phiên Khối trưởng, Khối phó). */
export const RotationPolicySchema = z.strictObject({
  rule: z.enum(["fixedOrder", "deputyBecomesLeader", "elected"]),
  /** Member ids in rotation order; defaults to the template's member order. */
  order: z.array(IdSchema).optional(),
  /** For "elected": the share of votes a unit needs. */
  threshold: VoteThresholdSchema.optional(),
});
export type RotationPolicy = z.infer<typeof RotationPolicySchema>;

export const RankingPolicySchema = z.strictObject({
  /** Where a criterion's final points come from: the reviewed score over the self score, or the cross-score aggregate. */
  finalScore: z.enum(["reviewed", "cross"]).default("reviewed"),
  crossScoring: z
    .strictObject({
      aggregation: CrossAggregationSchema.default("mean"),
      minScorers: z.number().int().min(1).max(100).default(3),
    })
    .optional(),
  /** Effect of each eligibility flag; a flag not listed keeps the unit out of the awards. */
  eligibility: z.partialRecord(EligibilityFlagSchema, GateEffectSchema).default({}),
  /** Returns submitted after this time get the "late-return" flag automatically. */
  returnDeadline: z.iso.datetime({ offset: true }).optional(),
  /** Lowest final total to be proposed for any award (điểm tối thiểu để đề nghị). */
  minimumTotal: PointsSchema.optional(),
  /** Highest band first. */
  bands: z.array(BandSchema).default([]),
  /** The chain applied to equal totals; an unresolved tie is always left to the meeting. */
  tieBreak: z.array(TieBreakKeySchema).default([{ key: "meeting" }]),
  /** Awards in processing order is derived from `requires` and the template's award order. */
  awards: z.array(AwardPolicySchema).default([]),
  /** One award per unit (the highest it is proposed for is shown) or cumulative. */
  oneAwardPerUnit: z.boolean().default(true),
  stability: z
    .strictObject({
      /** Totals closer than this are reported as close calls. */
      closeCallGap: PointsSchema.default(1),
      tieBreakAlternatives: z.array(z.array(TieBreakKeySchema)).default([]),
      aggregationAlternatives: z.array(CrossAggregationSchema).default([]),
    })
    .default({ closeCallGap: 1, tieBreakAlternatives: [], aggregationAlternatives: [] }),
  rotation: RotationPolicySchema.optional(),
});

export type RankingPolicy = z.infer<typeof RankingPolicySchema>;
export type RankingPolicyInput = z.input<typeof RankingPolicySchema>;

/** The policy a template without a `ranking` block gets: reviewed scores, ties to the meeting, no awards. */
export const DEFAULT_RANKING_POLICY: RankingPolicy = RankingPolicySchema.parse({});
