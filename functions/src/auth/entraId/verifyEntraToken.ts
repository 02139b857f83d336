import type { JWTVerifyGetKey } from "jose";
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from "jose";
import type { VerifiedIdentity } from "../../../../core/identity";
import { EntraClaimsSchema, hasScope, identityFromClaims } from "./entraClaims";
import { entraIssuers } from "./entraEndpoints";
import { EntraKeysUnavailable } from "./entraKeysUnavailable";
import type { EntraProblem } from "./entraProblem";
import { entraProblem } from "./entraProblem";
import { joseErrorToProblem } from "./joseErrorToProblem";

/** The signing keys of one allow-listed tenant: a remote JWKS in production, a local one in tests. */
export type EntraKeys = (tenantId: string) => JWTVerifyGetKey;

export type VerifyEntraOptions = {
  /** Tenant ids (`tid`) allowed to sign in, lower case. */
  tenantIds: readonly string[];
  /** Accepted `aud` values: the API's application ID URI and/or its client id. */
  audiences: readonly string[];
  keys: EntraKeys;
  /** Slack for clock skew on `exp`, `nbf` and `iat`. */
  clockToleranceSeconds: number;
  /** A delegated permission the token's `scp` must list (e.g. `access_as_user`), when set. */
  requiredScope?: string;
  /** Longest token read at all; Entra tokens are a few KB. */
  maxTokenBytes?: number;
  /** The clock, for tests. */
  now?: Date;
};

export type VerifiedEntraToken =
  { ok: true; identity: VerifiedIdentity } | { ok: false; problem: EntraProblem };

/** The only signature algorithm Entra uses for access tokens; `none`, HS* and everything else is refused. */
const ALGORITHMS = ["RS256"];
export const MAX_TOKEN_BYTES = 16 * 1024;

/**
 * Verifies a Microsoft Entra ID access token: size, RS256 with a key id, an allow-listed tenant, the signature
 * against that tenant's keys, issuer (v1 or v2 of the same tenant), audience, expiry and not-before (with the
 * tolerance), and the user claims. Any failure is a problem naming the check; never throws for a bad token.
 */
export async function verifyEntraToken(
  token: string,
  options: VerifyEntraOptions,
): Promise<VerifiedEntraToken> {
  const limit = options.maxTokenBytes ?? MAX_TOKEN_BYTES;
  if (Buffer.byteLength(token, "utf8") > limit) return refused("token-too-large", `${limit / 1024} KB`);
  const unverified = peek(token);
  if (unverified === undefined) return refused("token-malformed");
  if (unverified.alg !== "RS256") return refused("algorithm-not-allowed", unverified.alg);
  if (unverified.kid === undefined) return refused("unknown-key");
  const tenantId = unverified.tid;
  if (tenantId === undefined || !options.tenantIds.includes(tenantId.toLowerCase()))
    return refused("tenant-not-allowed", tenantId ?? "");

  const keys = options.keys(tenantId.toLowerCase());
  const getKey: JWTVerifyGetKey = async (header, input) => {
    try {
      return await keys(header, input);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
        throw error;
      throw new EntraKeysUnavailable(error);
    }
  };
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, getKey, {
      algorithms: ALGORITHMS,
      issuer: entraIssuers(tenantId),
      audience: [...options.audiences],
      clockTolerance: options.clockToleranceSeconds,
      requiredClaims: ["exp", "tid", "oid"],
      ...(options.now === undefined ? {} : { currentDate: options.now }),
    }));
  } catch (error) {
    const problem = joseErrorToProblem(error, tenantId);
    if (problem === undefined) throw error;
    return { ok: false, problem };
  }
  const claims = EntraClaimsSchema.safeParse(payload);
  if (!claims.success) {
    const named = [...new Set(claims.error.issues.map((issue) => String(issue.path[0] ?? "?")))];
    return refused("claims-missing", named.join(", "));
  }
  if (options.requiredScope !== undefined && !hasScope(claims.data, options.requiredScope))
    return refused("scope-missing", options.requiredScope);
  return { ok: true, identity: identityFromClaims(claims.data) };
}

function refused(code: EntraProblem["code"], detail?: string): VerifiedEntraToken {
  return { ok: false, problem: entraProblem(code, detail) };
}

/** Header and tenant read before any key is fetched: only to choose the tenant's keys and refuse early. */
function peek(token: string): { alg: string; kid?: string; tid?: string } | undefined {
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) return undefined;
  try {
    const header = decodeProtectedHeader(token);
    const payload = decodeJwt(token);
    const tid = typeof payload.tid === "string" ? payload.tid : undefined;
    const kid = typeof header.kid === "string" && header.kid !== "" ? header.kid : undefined;
    return { alg: typeof header.alg === "string" ? header.alg : "?", kid, tid };
  } catch {
    return undefined;
  }
}
