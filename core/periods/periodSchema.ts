import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";

/** open → closed → reviewing → finalized; a finalized period reopens (with a reason) as a new version. */
export const PeriodStateSchema = z.enum(["open", "closed", "reviewing", "finalized"]);
export type PeriodState = z.infer<typeof PeriodStateSchema>;

/** One reopening of a finalized period: who, when, why, and the version it started. */
export const ReopeningSchema = z.strictObject({
  version: z.number().int().min(2),
  reason: z.string().trim().min(1).max(2000),
  by: z.string().min(1).max(200),
  at: z.iso.datetime(),
});

/**
 * A scoring period of one bloc (kỳ chấm điểm: sơ kết 6 tháng or tổng kết năm): the template it is scored on and its
 * fingerprint, the deadline (hạn nộp), its state, and the version (1, then +1 at each reopening). `revision` counts
 * every change and is the period's ETag.
 */
export const PeriodSchema = z.strictObject({
  periodId: IdSchema,
  blocId: IdSchema,
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(["mid-year", "year-end"]),
  templateId: IdSchema,
  templateVersion: z.string().min(1).max(40),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  deadline: z.iso.datetime(),
  state: PeriodStateSchema,
  version: z.number().int().min(1),
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  reopenings: z.array(ReopeningSchema),
});
export type Period = z.infer<typeof PeriodSchema>;
