import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";

/** One award a unit received in a past year (khen thưởng đã nhận), as the bloc's history records it. */
export const AwardRecordSchema = z.strictObject({
  unitId: IdSchema,
  year: z.number().int().min(2000).max(2100),
  award: IdSchema,
  /** A revoked award (thu hồi) no longer counts for bonuses or eligibility. */
  revoked: z.boolean().optional(),
});

export type AwardRecord = z.infer<typeof AwardRecordSchema>;

/** What scoring needs beyond the return itself: the bloc's award history. */
export type ScoringContext = {
  history?: readonly AwardRecord[];
};
