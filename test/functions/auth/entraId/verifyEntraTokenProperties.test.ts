import fc from "fast-check";
import { verifyEntraToken } from "../../../../functions/src/auth/entraId";
import type { TestKey } from "./entraTokenKit";
import { goodClaims, localKeys, makeKey, options, sign } from "./entraTokenKit";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

let key: TestKey;
let token: string;
let keys: ReturnType<typeof localKeys>;

beforeAll(async () => {
  key = await makeKey("entra-prop-1");
  keys = localKeys([key.jwk]);
  token = await sign(key, goodClaims());
});

describe("verifyEntraToken properties", () => {
  it("When any one character of the signed header or claims is changed, then the token is never accepted", async () => {
    expect((await verifyEntraToken(token, options(keys))).ok).toBe(true);
    const signedLength = token.lastIndexOf(".");
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: signedLength - 1 }),
        fc.constantFrom(...BASE64URL),
        async (at, replacement) => {
          fc.pre(token[at] !== "." && token[at] !== replacement);
          const altered = token.slice(0, at) + replacement + token.slice(at + 1);
          const verified = await verifyEntraToken(altered, options(keys));
          expect(verified.ok).toBe(false);
        },
      ),
      { numRuns: 150, seed: 20261204 },
    );
  });
});
