import { errors } from "jose";
import type { EntraProblem } from "./entraProblem";
import { entraProblem } from "./entraProblem";
import { EntraKeysUnavailable } from "./entraKeysUnavailable";

/**
 * Names the check a jose verification failed as an Entra problem. Anything that is neither a jose error nor an
 * unavailable key set is a bug, not a bad token: undefined, so the caller rethrows it.
 */
export function joseErrorToProblem(error: unknown, tenantId: string): EntraProblem | undefined {
  if (error instanceof EntraKeysUnavailable) return entraProblem("keys-unavailable");
  if (error instanceof errors.JWTExpired) return entraProblem("token-expired");
  if (error instanceof errors.JWTClaimValidationFailed) return claimProblem(error, tenantId);
  if (error instanceof errors.JOSEAlgNotAllowed) return entraProblem("algorithm-not-allowed", "?");
  if (error instanceof errors.JWSSignatureVerificationFailed) return entraProblem("bad-signature");
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return entraProblem("unknown-key");
  if (error instanceof errors.JOSEError) return entraProblem("token-malformed");
  return undefined;
}

function claimProblem(
  error: InstanceType<typeof errors.JWTClaimValidationFailed>,
  tenantId: string,
): EntraProblem {
  if (error.reason === "missing") return entraProblem("claims-missing", error.claim);
  if (error.reason !== "check_failed") return entraProblem("token-malformed");
  switch (error.claim) {
    case "aud":
      return entraProblem("wrong-audience");
    case "iss":
      return entraProblem("wrong-issuer", tenantId);
    case "nbf":
    case "iat":
      return entraProblem("token-not-yet-valid");
    default:
      return entraProblem("token-malformed");
  }
}
