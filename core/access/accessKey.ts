import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";
import { RoleSchema } from "./principal";

/** Key ids: short, URL- and table-key-safe. */
export const KeyIdSchema = z
  .string()
  .regex(/^[a-z0-9]{8,32}$/, { message: "8–32 lower-case letters or digits" });

/**
 * An access key as stored (khóa truy cập): never the key itself, only its SHA-256. Issued by the board for one
 * (bloc, unit, role) and one period or one year; it expires, and can be revoked.
 */
export const AccessKeyRecordSchema = z.strictObject({
  keyId: KeyIdSchema,
  secretHash: z.string().regex(/^[0-9a-f]{64}$/),
  role: RoleSchema,
  blocId: IdSchema.nullable(),
  unitId: IdSchema.nullable(),
  periodId: IdSchema.nullable(),
  year: z.number().int().min(2000).max(2100).nullable(),
  label: z.string().max(200).optional(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
export type AccessKeyRecord = z.infer<typeof AccessKeyRecordSchema>;

/** Why a key that exists cannot be used now; null when it can. */
export function keyUnusable(record: AccessKeyRecord, now: Date): "revoked" | "expired" | null {
  if (record.revokedAt !== null) return "revoked";
  if (Date.parse(record.expiresAt) <= now.getTime()) return "expired";
  return null;
}

/** The principal a usable key signs in. */
export function principalOfKey(record: AccessKeyRecord) {
  return {
    actor: `key:${record.keyId}`,
    role: record.role,
    blocId: record.blocId,
    unitId: record.unitId,
    periodId: record.periodId,
    year: record.year,
  };
}
