/**
 * Who a Microsoft Entra ID token proved the caller to be, after its signature, issuer, audience, lifetime and
 * tenant were checked (by the functions' Entra verifier). Ids are lower-case GUIDs.
 */
export type VerifiedIdentity = {
  /** The Microsoft 365 organisation (`tid`). */
  tenantId: string;
  /** The user's immutable id in that organisation (`oid`): what the board maps, never the name. */
  objectId: string;
  /** Display name, for messages and the audit log only. */
  name?: string;
  /** Sign-in name (`preferred_username` or `upn`), for messages only: it can change, so nothing is keyed by it. */
  upn?: string;
  /** Security group ids the token carries (`groups`), when the app registration emits them. */
  groups?: readonly string[];
  /**
   * True when the user is in too many groups for the token to list (Entra then sends `_claim_names.groups`
   * instead): group entries of the mapping cannot be matched.
   */
  groupsOverage?: boolean;
};

/** Entra object and tenant ids: GUIDs, compared in lower case. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
