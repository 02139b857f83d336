import type { JWTVerifyGetKey } from "jose";
import { createRemoteJWKSet } from "jose";
import { entraKeysUrl } from "./entraEndpoints";
import type { EntraKeys } from "./verifyEntraToken";

/**
 * Production keys: one remote JWKS per allow-listed tenant, created on first use and kept, so keys are cached
 * (refetched after 10 minutes, or when a token names an unknown key id, at most every 30 s) and a slow key
 * endpoint fails a sign-in after 5 s instead of hanging it.
 */
export function remoteEntraKeys(jwksUrl?: string): EntraKeys {
  const sets = new Map<string, JWTVerifyGetKey>();
  return (tenantId) => {
    let set = sets.get(tenantId);
    if (set === undefined) {
      set = createRemoteJWKSet(entraKeysUrl(tenantId, jwksUrl), {
        timeoutDuration: 5_000,
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
      });
      sets.set(tenantId, set);
    }
    return set;
  };
}
