import { createHmac } from "node:crypto";
import { exportSPKI } from "jose";
import type { EntraProblem } from "../../../../functions/src/auth/entraId";
import { verifyEntraToken } from "../../../../functions/src/auth/entraId";
import type { TestKey } from "./entraTokenKit";
import {
  API_URI,
  OTHER_TENANT,
  TENANT,
  USER,
  base64url,
  goodClaims,
  localKeys,
  makeKey,
  options,
  seconds,
  sign,
  v1Issuer,
  v2Issuer,
} from "./entraTokenKit";

let key: TestKey;
let stranger: TestKey;
let keys: ReturnType<typeof localKeys>;

beforeAll(async () => {
  key = await makeKey("entra-key-1");
  stranger = await makeKey("entra-key-1");
  keys = localKeys([key.jwk]);
});

beforeEach(() => {
  keys.asked.length = 0;
});

async function refusal(token: string, over: Parameters<typeof options>[1] = {}): Promise<EntraProblem> {
  const verified = await verifyEntraToken(token, options(keys, over));
  if (verified.ok) throw new Error(`expected a refusal, got ${JSON.stringify(verified.identity)}`);
  return verified.problem;
}

describe("verifyEntraToken accepts", () => {
  it("When a v2.0 token is signed by the tenant's key for our API, then it yields the user's identity and group ids", async () => {
    const groups = ["AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE", "HAGIANG\\van-thu"];
    const token = await sign(key, goodClaims({ groups }));
    expect(await verifyEntraToken(token, options(keys))).toEqual({
      ok: true,
      identity: {
        tenantId: TENANT,
        objectId: USER,
        name: "Nguyễn Thị Hoa",
        upn: "hoa.nt@thads.hagiang.gov.vn",
        groups: ["aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"],
      },
    });
    expect(keys.asked).toEqual([TENANT]);
  });

  it("When a v1.0 token names the API by its URI and the user by upn, then it is accepted too", async () => {
    const claims = goodClaims({
      iss: v1Issuer(TENANT),
      aud: API_URI,
      ver: "1.0",
      upn: "hoa.nt@thads.hagiang.gov.vn",
    });
    delete claims.preferred_username;
    const verified = await verifyEntraToken(await sign(key, claims), options(keys));
    expect(verified).toMatchObject({ ok: true, identity: { upn: "hoa.nt@thads.hagiang.gov.vn" } });
  });

  it("When the token expired less than the clock tolerance ago, then it still passes", async () => {
    const token = await sign(key, goodClaims({ exp: seconds(-30) }));
    expect((await verifyEntraToken(token, options(keys))).ok).toBe(true);
  });

  it("When the user is in too many groups for the token, then the identity says groups were left out", async () => {
    const token = await sign(
      key,
      goodClaims({ _claim_names: { groups: "src1" }, _claim_sources: { src1: {} } }),
    );
    expect(await verifyEntraToken(token, options(keys))).toMatchObject({
      ok: true,
      identity: { groupsOverage: true },
    });
  });
});

describe("verifyEntraToken refuses, naming the check", () => {
  it("When the token expired beyond the tolerance, then token-expired (401, sign in again)", async () => {
    const problem = await refusal(await sign(key, goodClaims({ exp: seconds(-600) })));
    expect(problem.code).toBe("token-expired");
    expect(problem.status).toBe(401);
    expect(problem.message.vi).toBe(
      "Mã đăng nhập đã hết hạn. Hãy đăng nhập lại (hoặc tải lại add-in để lấy mã mới).",
    );
  });

  it("When the token only becomes valid in ten minutes, then token-not-yet-valid", async () => {
    const problem = await refusal(await sign(key, goodClaims({ nbf: seconds(600) })));
    expect(problem.code).toBe("token-not-yet-valid");
  });

  it("When the token was issued for another application, then wrong-audience", async () => {
    const problem = await refusal(
      await sign(key, goodClaims({ aud: "00000003-0000-0000-c000-000000000000" })),
    );
    expect(problem.code).toBe("wrong-audience");
  });

  it("When the issuer is not the token's own tenant on Microsoft's login hosts, then wrong-issuer", async () => {
    for (const iss of [v2Issuer(OTHER_TENANT), "https://login.example.com/v2.0", v2Issuer(TENANT) + "/"]) {
      const problem = await refusal(await sign(key, goodClaims({ iss })));
      expect([iss, problem.code]).toEqual([iss, "wrong-issuer"]);
    }
  });

  it("When the tenant is not on the allow-list, then tenant-not-allowed, before any key is fetched", async () => {
    const problem = await refusal(
      await sign(key, goodClaims({ tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) })),
    );
    expect(problem.code).toBe("tenant-not-allowed");
    expect(problem.message.vi).toContain(
      `(${OTHER_TENANT}) chưa được Ban Thi đua – Khen thưởng cho phép đăng nhập`,
    );
    expect(keys.asked).toEqual([]);
  });

  it("When a hand-built token says alg none and has no signature, then algorithm-not-allowed", async () => {
    const header = base64url(JSON.stringify({ alg: "none", typ: "JWT", kid: key.kid }));
    const token = `${header}.${base64url(JSON.stringify(goodClaims()))}.`;
    const problem = await refusal(token);
    expect(problem.code).toBe("algorithm-not-allowed");
    expect(problem.message.en).toContain('signed with "none"');
    expect(keys.asked).toEqual([]);
  });

  it("When a token is HMAC-signed (HS256) with the public key's bytes as the secret, then algorithm-not-allowed", async () => {
    const pem = await exportSPKI(key.publicKey);
    const signingInput = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT", kid: key.kid }))}.${base64url(
      JSON.stringify(goodClaims()),
    )}`;
    const mac = createHmac("sha256", pem).update(signingInput).digest("base64url");
    const problem = await refusal(`${signingInput}.${mac}`);
    expect(problem.code).toBe("algorithm-not-allowed");
    expect(problem.message.vi).toContain('"HS256"');
  });

  it("When one byte of the signature is flipped, then bad-signature", async () => {
    const [head, body, signature] = (await sign(key, goodClaims())).split(".") as [string, string, string];
    const bytes = Buffer.from(signature, "base64url");
    const middle = bytes.length >> 1;
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    const problem = await refusal(`${head}.${body}.${bytes.toString("base64url")}`);
    expect(problem.code).toBe("bad-signature");
  });

  it("When the claims were changed after signing, then bad-signature", async () => {
    const [head, , signature] = (await sign(key, goodClaims())).split(".") as [string, string, string];
    const forged = base64url(JSON.stringify(goodClaims({ oid: "11111111-1111-4111-8111-111111111111" })));
    expect((await refusal(`${head}.${forged}.${signature}`)).code).toBe("bad-signature");
  });

  it("When another key signs under the tenant key's id, then bad-signature", async () => {
    expect((await refusal(await sign(stranger, goodClaims()))).code).toBe("bad-signature");
  });

  it("When the key id is not in the tenant's key set, or missing, then unknown-key", async () => {
    expect((await refusal(await sign(key, goodClaims(), { kid: "retired-key" }))).code).toBe("unknown-key");
    const noKid = await sign(key, goodClaims(), { kid: undefined });
    expect((await refusal(noKid)).code).toBe("unknown-key");
  });

  it("When the token is not a JWT at all, then token-malformed", async () => {
    for (const token of [
      "",
      "not-a-token",
      "a.b.c",
      "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln",
      "e30.e30.e30.e30",
    ]) {
      expect([token, (await refusal(token)).code]).toEqual([token, "token-malformed"]);
    }
  });

  it("When a validly signed token is over 16 KB, then token-too-large before anything is decoded", async () => {
    const big = await sign(key, goodClaims({ padding: "x".repeat(16 * 1024) }));
    const problem = await refusal(big);
    expect(problem.code).toBe("token-too-large");
    expect(problem.message.vi).toContain("dài quá 16 KB");
    expect(keys.asked).toEqual([]);
  });

  it("When the user claims are missing or not GUIDs, then claims-missing names them", async () => {
    const noOid = goodClaims();
    delete noOid.oid;
    expect(await refusal(await sign(key, noOid))).toMatchObject({ code: "claims-missing" });
    expect((await refusal(await sign(key, noOid))).message.en).toContain("(oid)");
    const badOid = await refusal(await sign(key, goodClaims({ oid: "hoa.nt" })));
    expect([badOid.code, badOid.message.vi]).toEqual(["claims-missing", expect.stringContaining("(oid)")]);
  });

  it("When the token has no expiry, then claims-missing (exp): a token must not live for ever", async () => {
    const claims = goodClaims();
    delete claims.exp;
    const problem = await refusal(await sign(key, claims));
    expect([problem.code, problem.message.en]).toEqual(["claims-missing", expect.stringContaining("(exp)")]);
  });

  it("When a scope is required and the token lacks it, then scope-missing (403)", async () => {
    const token = await sign(key, goodClaims({ scp: "User.Read openid" }));
    const problem = await refusal(token, { requiredScope: "access_as_user" });
    expect([problem.code, problem.status]).toEqual(["scope-missing", 403]);
    const granted = await sign(key, goodClaims({ scp: "openid access_as_user" }));
    expect((await verifyEntraToken(granted, options(keys, { requiredScope: "access_as_user" }))).ok).toBe(
      true,
    );
  });

  it("When the tenant's keys cannot be read, then keys-unavailable (503), not a blame on the user", async () => {
    const failing = () => async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:443");
    };
    const verified = await verifyEntraToken(await sign(key, goodClaims()), options(failing));
    if (verified.ok) throw new Error("expected a refusal");
    expect([verified.problem.code, verified.problem.status]).toEqual(["keys-unavailable", 503]);
  });
});
