import { z } from "zod";

/** The chain's first `prevHash`: 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

/** What a state change records before it is chained (nhật ký): UTC time, actor, bloc, period, unit, hashes, reason. */
export const AuditDraftSchema = z.strictObject({
  at: z.iso.datetime(),
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(80),
  blocId: z.string().max(60).nullable(),
  periodId: z.string().max(60).nullable(),
  unitId: z.string().max(60).nullable(),
  beforeHash: Hash.nullable(),
  afterHash: Hash.nullable(),
  reason: z.string().max(2000).nullable(),
});
export type AuditDraft = z.infer<typeof AuditDraftSchema>;

/** A chained entry: its sequence number (from 1), the previous entry's hash and its own. */
export const AuditEntrySchema = AuditDraftSchema.extend({
  seq: z.number().int().min(1),
  prevHash: Hash,
  hash: Hash,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
