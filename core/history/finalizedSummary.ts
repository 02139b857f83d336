import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";

/** One unit's line of a finalized result: what history, awards and trends read. */
export const FinalizedUnitSchema = z.strictObject({
  unitId: IdSchema,
  name: z.string(),
  rank: z.number().int().min(1).nullable(),
  total: z.number(),
  selfTotal: z.number(),
  hasReturn: z.boolean(),
  proposals: z.array(IdSchema),
  /** Criteria whose agreed points differ in origin from the self score (thẩm định, chấm chéo): self and final. */
  adjusted: z.array(z.strictObject({ code: z.string(), self: z.number(), final: z.number() })).default([]),
});

/**
 * What a finalized period (kết quả đã chốt) says in the small: its identity and version, the input hash, every
 * unit's rank, totals and proposals, and next year's leader and deputy. The whole inputs and result are stored
 * beside it.
 */
export const FinalizedSummarySchema = z.strictObject({
  blocId: IdSchema,
  periodId: IdSchema,
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(["mid-year", "year-end"]),
  version: z.number().int().min(1),
  finalizedAt: z.iso.datetime(),
  finalizedBy: z.string(),
  inputHash: z.string(),
  units: z.array(FinalizedUnitSchema),
  rotation: z
    .strictObject({
      year: z.number().int(),
      leader: IdSchema.nullable(),
      deputy: IdSchema.nullable(),
      /** Why, in the rotation rule's words (luân phiên, bầu cử); absent in results finalized before it was kept. */
      explanation: z.strictObject({ vi: z.string(), en: z.string() }).optional(),
    })
    .nullable(),
});
export type FinalizedSummary = z.infer<typeof FinalizedSummarySchema>;
export type FinalizedUnit = z.infer<typeof FinalizedUnitSchema>;

/** The latest version of each finalized period: a reopened period's later result replaces the earlier one. */
export function latestVersions(results: readonly FinalizedSummary[]): FinalizedSummary[] {
  const latest = new Map<string, FinalizedSummary>();
  for (const r of results) {
    const seen = latest.get(r.periodId);
    if (seen === undefined || seen.version < r.version) latest.set(r.periodId, r);
  }
  return [...latest.values()].sort((a, b) => a.year - b.year || a.periodId.localeCompare(b.periodId));
}
