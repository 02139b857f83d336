import { z } from "zod";
import type { VerifiedIdentity } from "../../../../core/identity";
import { GUID_PATTERN } from "../../../../core/identity";

const Guid = z
  .string()
  .regex(GUID_PATTERN)
  .transform((id) => id.toLowerCase());
const Text = z.string().max(256);

/**
 * The claims of a verified Entra token that Thi Đua reads (others pass through): v2.0 tokens name the user in
 * `preferred_username`, v1.0 in `upn` or `unique_name`; `scp` lists delegated permissions, space-separated.
 */
export const EntraClaimsSchema = z.looseObject({
  tid: Guid,
  oid: Guid,
  name: Text.optional(),
  preferred_username: Text.optional(),
  upn: Text.optional(),
  unique_name: Text.optional(),
  scp: z.string().max(2048).optional(),
  /** Group object ids; names (when the app emits on-premises names instead) match no group entry. */
  groups: z.array(z.string().max(256)).max(1000).optional(),
  hasgroups: z.boolean().optional(),
  _claim_names: z.looseObject({ groups: z.string().optional() }).optional(),
});

export type EntraClaims = z.infer<typeof EntraClaimsSchema>;

/** The identity a verified token proves; the groups overage is Entra's signal that `groups` was left out. */
export function identityFromClaims(claims: EntraClaims): VerifiedIdentity {
  const upn = claims.preferred_username ?? claims.upn ?? claims.unique_name;
  const overage = claims.hasgroups === true || claims._claim_names?.groups !== undefined;
  return {
    tenantId: claims.tid,
    objectId: claims.oid,
    ...(claims.name === undefined ? {} : { name: claims.name }),
    ...(upn === undefined ? {} : { upn }),
    ...(claims.groups === undefined ? {} : { groups: groupIds(claims.groups) }),
    ...(overage ? { groupsOverage: true } : {}),
  };
}

/** True when the space-separated `scp` claim grants `scope`. */
export function hasScope(claims: EntraClaims, scope: string): boolean {
  return (claims.scp ?? "").split(" ").includes(scope);
}

function groupIds(groups: readonly string[]): string[] {
  return groups.filter((group) => GUID_PATTERN.test(group)).map((group) => group.toLowerCase());
}
