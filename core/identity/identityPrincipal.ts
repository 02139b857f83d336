/**
 * Where a role applies: a unit role in one bloc, an observer of a bloc (optionally from a unit), or the provincial
 * board (Ban Thi đua – Khen thưởng), province-wide.
 */
export type PrincipalScope =
  | { role: "member" | "leader" | "deputy"; blocId: string; unitId: string }
  | { role: "observer"; blocId: string; unitId?: string }
  | { role: "board" };

/** What a verified identity may act as; `matchedBy` says whether the user was mapped directly or through a group. */
export type IdentityPrincipal = PrincipalScope & { matchedBy: "user" | "group" };

/** Who a mapping rule applies to: one user or every member of one security group, in one tenant. */
export type MappingSubject = { kind: "user"; objectId: string } | { kind: "group"; groupId: string };

/** One checked line of the board's mapping (see `parseIdentityMapping`), with its place in the file. */
export type MappingRule = { index: number; tenantId: string; subject: MappingSubject; scope: PrincipalScope };

/** The board's mapping after every check passed: the only input `resolvePrincipals` accepts. */
export type CheckedIdentityMapping = { rules: readonly MappingRule[] };
