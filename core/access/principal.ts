import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";

/**
 * Who acts: a member unit (đơn vị thành viên), the year's leader or deputy unit (Khối trưởng / Khối phó), the
 * provincial board (Ban Thi đua – Khen thưởng) or an observer who reads results.
 */
export const RoleSchema = z.enum(["member", "leader", "deputy", "board", "observer"]);
export type Role = z.infer<typeof RoleSchema>;

/**
 * An authenticated caller, whatever signed it in (access key, Entra ID): its role within one bloc and unit, limited
 * to one period or one year. The board's `blocId` is null: it administers every bloc.
 */
export const PrincipalSchema = z.strictObject({
  /** How it signed in, for the audit log: `key:<keyId>` or `entra:<oid>`. */
  actor: z.string().min(1).max(200),
  role: RoleSchema,
  blocId: IdSchema.nullable(),
  unitId: IdSchema.nullable(),
  periodId: IdSchema.nullable(),
  year: z.number().int().min(2000).max(2100).nullable(),
});
export type Principal = z.infer<typeof PrincipalSchema>;
