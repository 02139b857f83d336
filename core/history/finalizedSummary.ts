import { z } from "zod";
import type { Period } from "../periods/periodSchema";
import type { RankingResult } from "../ranking/rankingResult";
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

/**
 * What history keeps of a period version's finalized ranking: its identity, who finalized it and when, the input
 * hash, every unit's rank, totals, proposals and the criteria whose agreed points differ in origin from the self
 * score, and next year's leader and deputy with the rotation rule's reason.
 */
export function finalizedSummaryOf(
  period: Pick<Period, "blocId" | "periodId" | "year" | "kind" | "version">,
  result: RankingResult,
  finalized: { at: string; by: string },
): FinalizedSummary {
  return {
    blocId: period.blocId,
    periodId: period.periodId,
    year: period.year,
    kind: period.kind,
    version: period.version,
    finalizedAt: finalized.at,
    finalizedBy: finalized.by,
    inputHash: result.inputHash,
    units: result.units.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      rank: u.rank,
      total: u.total,
      selfTotal: u.selfTotal,
      hasReturn: u.hasReturn,
      proposals: u.proposals,
      adjusted: u.stages.map((st) => ({ code: st.code, self: st.self, final: st.final })),
    })),
    rotation:
      result.rotation === null
        ? null
        : {
            year: result.rotation.year,
            leader: result.rotation.leader,
            deputy: result.rotation.deputy,
            explanation: result.rotation.explanation,
          },
  };
}
