import { HttpRequest } from "@azure/functions";
import type { CheckedIdentityMapping } from "../../../../core/identity";
import { parseIdentityMapping } from "../../../../core/identity";
import type { EntraConfig } from "../../../../functions/src/auth/entraId";
import { createEntraAuthenticator } from "../../../../functions/src/auth/entraId";
import type { TestKey } from "./entraTokenKit";
import {
  API_URI,
  CLIENT_ID,
  NOW,
  TENANT,
  USER,
  goodClaims,
  localKeys,
  makeKey,
  seconds,
  sign,
} from "./entraTokenKit";

const config: EntraConfig = {
  enabled: true,
  tenantIds: [TENANT],
  audiences: [CLIENT_ID, API_URI],
  clockToleranceSeconds: 60,
};

const mapping: CheckedIdentityMapping = (() => {
  const parsed = parseIdentityMapping({
    formatVersion: 1,
    entries: [
      { tenantId: TENANT, objectId: USER, role: "member", blocId: "khoi-noi-chinh", unitId: "cuc-thads" },
      { tenantId: TENANT, objectId: USER, role: "leader", blocId: "khoi-noi-chinh", unitId: "cuc-thads" },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
})();

let key: TestKey;
let keys: ReturnType<typeof localKeys>;
beforeAll(async () => {
  key = await makeKey("entra-auth-1");
  keys = localKeys([key.jwk]);
});

const request = (authorization?: string) =>
  new HttpRequest({
    url: "http://127.0.0.1:7071/api/me",
    method: "GET",
    headers: authorization === undefined ? {} : { authorization },
  });

function authenticator(over: Partial<Parameters<typeof createEntraAuthenticator>[0]> = {}) {
  return createEntraAuthenticator({
    config,
    keys,
    loadMapping: async () => mapping,
    now: () => NOW,
    ...over,
  });
}

describe("createEntraAuthenticator", () => {
  it("When Entra is disabled, then every request is left to the access keys", async () => {
    const authenticate = authenticator({ config: { enabled: false } });
    expect(await authenticate(request(`Bearer ${await sign(key, goodClaims())}`))).toEqual({
      kind: "not-configured",
    });
  });

  it("When a request has no bearer JWT (none, an access key, Basic), then it is another authenticator's turn", async () => {
    const authenticate = authenticator();
    for (const header of [undefined, "Bearer tdk_3kR9wQ2mZ8", "Basic dXNlcjpwYXNz", "Bearer"]) {
      expect([header, await authenticate(request(header))]).toEqual([header, { kind: "not-entra" }]);
    }
  });

  it("When a good token of a mapped user arrives, then the identity and both of its roles come back", async () => {
    const outcome = await authenticator()(request(`bearer ${await sign(key, goodClaims())}`));
    expect(outcome).toEqual({
      kind: "signed-in",
      identity: {
        tenantId: TENANT,
        objectId: USER,
        name: "Nguyễn Thị Hoa",
        upn: "hoa.nt@thads.hagiang.gov.vn",
      },
      principals: [
        { role: "member", blocId: "khoi-noi-chinh", unitId: "cuc-thads", matchedBy: "user" },
        { role: "leader", blocId: "khoi-noi-chinh", unitId: "cuc-thads", matchedBy: "user" },
      ],
    });
  });

  it("When the token is expired, then it is refused with the token's problem and the mapping is not read", async () => {
    let reads = 0;
    const authenticate = authenticator({
      loadMapping: async () => {
        reads += 1;
        return mapping;
      },
    });
    const outcome = await authenticate(
      request(`Bearer ${await sign(key, goodClaims({ exp: seconds(-3600) }))}`),
    );
    expect(outcome).toMatchObject({ kind: "refused", problem: { code: "token-expired", status: 401 } });
    expect(reads).toBe(0);
  });

  it("When a valid token's user is not in the board's mapping, then 403 identity-not-mapped", async () => {
    const token = await sign(key, goodClaims({ oid: "0f0e0d0c-0b0a-4909-8807-060504030201" }));
    const outcome = await authenticator()(request(`Bearer ${token}`));
    expect(outcome).toMatchObject({ kind: "refused", problem: { code: "identity-not-mapped", status: 403 } });
  });

  it("When a scope is configured, then a token without it is refused (403 scope-missing)", async () => {
    const authenticate = authenticator({ config: { ...config, requiredScope: "access_as_user" } });
    const outcome = await authenticate(
      request(`Bearer ${await sign(key, goodClaims({ scp: "User.Read" }))}`),
    );
    expect(outcome).toMatchObject({ kind: "refused", problem: { code: "scope-missing", status: 403 } });
  });
});
