import type { JWK, JWTPayload, KeyLike } from "jose";
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from "jose";
import type { EntraKeys, VerifyEntraOptions } from "../../../../functions/src/auth/entraId";

/** Test tenants, users and the API's identifiers; all made up. */
export const TENANT = "3f6d2a4b-8c1e-4f5a-9b7d-2e8c4a6f1b3d";
export const OTHER_TENANT = "9e1f7c3a-5b2d-4e8f-a1c6-7d3b9f2e5a4c";
export const USER = "5c2e8f1a-3b7d-4a9e-8f6c-1d4b7e2a9c3f";
export const CLIENT_ID = "a7e3c9f1-2d5b-4c8a-9e6f-3b1d7a4c8e2f";
export const API_URI = "api://thidua.hagiang.gov.vn/a7e3c9f1-2d5b-4c8a-9e6f-3b1d7a4c8e2f";
/** The tests' clock: tokens are issued relative to it and verified at it. */
export const NOW = new Date("2026-12-04T08:00:00Z");
const nowSeconds = Math.floor(NOW.getTime() / 1000);

export type TestKey = { kid: string; privateKey: KeyLike; publicKey: KeyLike; jwk: JWK };

/** A fresh RSA signing key with its public JWK shaped like Microsoft's (kid, use, no alg). */
export async function makeKey(kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, use: "sig" };
  return { kid, privateKey, publicKey, jwk };
}

/** A local key set for every tenant, counting how often a tenant's keys were asked for. */
export function localKeys(jwks: JWK[]): EntraKeys & { asked: string[] } {
  const set = createLocalJWKSet({ keys: jwks });
  const asked: string[] = [];
  return Object.assign(
    (tenantId: string) => {
      asked.push(tenantId);
      return set;
    },
    { asked },
  );
}

export const v2Issuer = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;
export const v1Issuer = (tenantId: string) => `https://sts.windows.net/${tenantId}/`;

/** Claims of a good v2.0 access token for the API, issued 5 minutes before NOW, valid one hour. */
export function goodClaims(over: JWTPayload = {}): JWTPayload {
  return {
    iss: v2Issuer(TENANT),
    aud: CLIENT_ID,
    tid: TENANT,
    oid: USER,
    name: "Nguyễn Thị Hoa",
    preferred_username: "hoa.nt@thads.hagiang.gov.vn",
    scp: "access_as_user",
    ver: "2.0",
    iat: nowSeconds - 300,
    nbf: nowSeconds - 300,
    exp: nowSeconds + 3600,
    ...over,
  };
}

/** Signs claims with RS256 (or another algorithm, for the refusal tests) under the key's id. */
export async function sign(key: TestKey, claims: JWTPayload, header: { kid?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid, ...header })
    .sign(key.privateKey);
}

export const seconds = (offset: number) => nowSeconds + offset;

/** Options the verifier gets in these tests: our tenant and API, a 60 s tolerance, the fixed clock. */
export function options(keys: EntraKeys, over: Partial<VerifyEntraOptions> = {}): VerifyEntraOptions {
  return {
    tenantIds: [TENANT],
    audiences: [CLIENT_ID, API_URI],
    keys,
    clockToleranceSeconds: 60,
    now: NOW,
    ...over,
  };
}

export const base64url = (value: string | Uint8Array) => Buffer.from(value).toString("base64url");
