import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";
import { GUID_PATTERN } from "./verifiedIdentity";

export const IDENTITY_MAPPING_FORMAT_VERSION = 1;

/**
 * What a signed-in person may do: a member unit (đơn vị thành viên), the year's leader or deputy unit (Khối trưởng /
 * Khối phó), the provincial board (Ban Thi đua – Khen thưởng) or an observer who reads results.
 */
export const IDENTITY_ROLES = ["member", "leader", "deputy", "board", "observer"] as const;
export type IdentityRole = (typeof IDENTITY_ROLES)[number];

export const GUID_FORMAT_MESSAGE = "a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47";

const GuidSchema = z
  .string()
  .regex(GUID_PATTERN, { message: GUID_FORMAT_MESSAGE })
  .transform((id) => id.toLowerCase());

/**
 * One line of the board's mapping: a user (`objectId`) or a security group (`groupId`) of a Microsoft 365
 * organisation (`tenantId`), given a role in a bloc and unit. Which fields a role needs is checked by
 * `parseIdentityMapping` (a unit role names bloc and unit, an observer a bloc, the board neither).
 */
export const IdentityMappingEntrySchema = z.strictObject({
  tenantId: GuidSchema,
  objectId: GuidSchema.optional(),
  groupId: GuidSchema.optional(),
  role: z.enum(IDENTITY_ROLES),
  blocId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  /** Who this is, for the people who maintain the list (e.g. "Nguyễn Văn A, văn thư Công an tỉnh"). */
  note: z.string().max(200).optional(),
});

/** The board's list that turns a verified Entra identity into (bloc, unit, role). */
export const IdentityMappingSchema = z.strictObject({
  formatVersion: z.literal(IDENTITY_MAPPING_FORMAT_VERSION),
  entries: z.array(IdentityMappingEntrySchema).max(10_000),
});

export type IdentityMappingEntry = z.infer<typeof IdentityMappingEntrySchema>;
export type IdentityMapping = z.infer<typeof IdentityMappingSchema>;
