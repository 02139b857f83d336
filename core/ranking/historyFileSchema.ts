import { z } from "zod";
import { AwardRecordSchema } from "../returns/awardHistory";
import { IdSchema } from "../template/criterionRuleSchema";
import { RANKING_INPUT_FORMAT_VERSION } from "./reviewsFileSchema";

const Year = z.number().int().min(2000).max(2100);

/** One year's leader and deputy (nhiệm kỳ Khối trưởng, Khối phó). */
export const TermSchema = z.strictObject({ year: Year, leader: IdSchema, deputy: IdSchema.optional() });

/** A unit's final rank in a past year (thứ hạng năm trước), for the "last year's rank" tie-break. */
export const PastRankSchema = z.strictObject({
  year: Year,
  unitId: IdSchema,
  rank: z.number().int().min(1).max(1000),
});

/**
 * The bloc's history file: awards received (feeds award-history bonuses and the last-year-holder rule),
 * leader/deputy terms (rotation) and past ranks. Units may be former members: membership changes between years.
 */
export const HistoryFileSchema = z
  .strictObject({
    /** Optional here so an award-history file written for `thidua score` (no version) reads as version 1. */
    formatVersion: z.literal(RANKING_INPUT_FORMAT_VERSION).default(RANKING_INPUT_FORMAT_VERSION),
    bloc: IdSchema.optional(),
    /** Marks invented sample data. */
    sample: z.boolean().optional(),
    note: z.string().max(4000).optional(),
    awards: z.array(AwardRecordSchema).default([]),
    terms: z.array(TermSchema).default([]),
    ranks: z.array(PastRankSchema).default([]),
  })
  // One term per year and one rank per unit and year: a second record would leave the file's order to decide.
  .superRefine((file, ctx) => {
    const terms = new Map<number, number>();
    file.terms.forEach((t, i) => {
      const first = terms.get(t.year);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["terms", i, "year"],
          message: `a second term for ${t.year} (see terms[${first}])`,
          params: { vi: `nhiệm kỳ năm ${t.year} ghi hai lần (xem terms[${first}])` },
        });
      } else terms.set(t.year, i);
    });
    const ranks = new Map<string, number>();
    file.ranks.forEach((r, i) => {
      const key = `${r.year}/${r.unitId}`;
      const first = ranks.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["ranks", i, "unitId"],
          message: `a second rank of "${r.unitId}" in ${r.year} (see ranks[${first}])`,
          params: { vi: `thứ hạng năm ${r.year} của "${r.unitId}" ghi hai lần (xem ranks[${first}])` },
        });
      } else ranks.set(key, i);
    });
  });

export type Term = z.infer<typeof TermSchema>;
export type PastRank = z.infer<typeof PastRankSchema>;
export type HistoryFile = z.infer<typeof HistoryFileSchema>;
