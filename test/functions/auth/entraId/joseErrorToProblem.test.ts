import { errors } from "jose";
import { EntraKeysUnavailable } from "../../../../functions/src/auth/entraId/entraKeysUnavailable";
import { joseErrorToProblem } from "../../../../functions/src/auth/entraId/joseErrorToProblem";
import { TENANT } from "./entraTokenKit";

const claimFailure = (claim: string, reason: string) =>
  new errors.JWTClaimValidationFailed(`${claim} failed`, {}, claim, reason);

describe("joseErrorToProblem", () => {
  it("When a claim check fails, then the claim and the reason pick the problem", () => {
    const codes = [
      claimFailure("aud", "check_failed"),
      claimFailure("iss", "check_failed"),
      claimFailure("nbf", "check_failed"),
      claimFailure("iat", "check_failed"),
      claimFailure("oid", "missing"),
      claimFailure("exp", "invalid"),
      new errors.JWTExpired("expired", {}, "exp", "check_failed"),
    ].map((error) => joseErrorToProblem(error, TENANT)?.code);
    expect(codes).toEqual([
      "wrong-audience",
      "wrong-issuer",
      "token-not-yet-valid",
      "token-not-yet-valid",
      "claims-missing",
      "token-malformed",
      "token-expired",
    ]);
  });

  it("When the issuer is wrong, then the message names the tenant the token claimed", () => {
    expect(joseErrorToProblem(claimFailure("iss", "check_failed"), TENANT)?.message.vi).toContain(TENANT);
  });

  it("When the keys were unavailable, then 503; when jose found no key, then unknown-key", () => {
    expect(joseErrorToProblem(new EntraKeysUnavailable(new Error("timeout")), TENANT)?.status).toBe(503);
    expect(joseErrorToProblem(new errors.JWKSNoMatchingKey(), TENANT)?.code).toBe("unknown-key");
  });

  it("When the error is not jose's, then no problem: a bug is rethrown, not reported as a bad token", () => {
    expect(joseErrorToProblem(new TypeError("x is undefined"), TENANT)).toBeUndefined();
  });
});
