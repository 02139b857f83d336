import "../../functions/src/local/quietTestMode";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import type { TestKey } from "./auth/entraId/entraTokenKit";
import {
  API_URI,
  CLIENT_ID,
  NOW,
  OTHER_TENANT,
  TENANT,
  USER,
  goodClaims,
  makeKey,
  sign,
  v2Issuer,
} from "./auth/entraId/entraTokenKit";
import { callApi, keyOf } from "./apiClient";

const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const OTHER_BLOC = "ha-giang-khoi-ban-dang";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const UNIT = "so-tu-phap";
const OTHER_UNIT = "tand-tinh";
/** Member of the bloc and observer of another: must choose with a header. */
const TWO_ROLES = "7b4e1d2c-6a3f-4e8b-9c5d-0f1a2b3c4d5e";
const UNMAPPED = "e2d4c6b8-0a1f-4e3d-8c5b-7a9f1e3d5c7b";

let key: TestKey;
let jwks: Server;
let keyRequests = 0;
let api: LocalApi;

/** A key set on 127.0.0.1 that serves the tenant's keys the way Microsoft's discovery endpoint does. */
function serveKeys(): Promise<string> {
  jwks = createServer((req, res) => {
    keyRequests++;
    res.writeHead(req.url === `/${TENANT}/discovery/v2.0/keys` ? 200 : 404, {
      "content-type": "application/json",
    });
    res.end(JSON.stringify({ keys: [key.jwk] }));
  });
  return new Promise((resolve) =>
    jwks.listen(0, "127.0.0.1", () => {
      resolve(`http://127.0.0.1:${(jwks.address() as AddressInfo).port}/{tenantId}/discovery/v2.0/keys`);
    }),
  );
}

beforeAll(async () => {
  key = await makeKey("test-key-1");
  const jwksUrl = await serveKeys();
  api = await startLocalApi({
    repoDir: ROOT,
    now: () => NOW,
    entra: {
      enabled: true,
      tenantIds: [TENANT],
      audiences: [CLIENT_ID, API_URI],
      jwksUrl,
      clockToleranceSeconds: 60,
    },
  });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await new Promise((resolve) => jwks?.close(resolve));
});

const board = () => keyOf(api, "board", null);
const member = () => keyOf(api, "member", UNIT, BLOC);
const tokenFor = (oid: string, over: Record<string, unknown> = {}) => sign(key, goodClaims({ oid, ...over }));

const MAPPING = {
  formatVersion: 1,
  entries: [
    {
      tenantId: TENANT,
      objectId: USER,
      role: "member",
      blocId: BLOC,
      unitId: UNIT,
      note: "Văn thư Sở Tư pháp",
    },
    { tenantId: TENANT, objectId: TWO_ROLES, role: "member", blocId: BLOC, unitId: OTHER_UNIT },
    { tenantId: TENANT, objectId: TWO_ROLES, role: "observer", blocId: OTHER_BLOC },
  ],
};

const putMapping = (credential: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(api, "PUT", "admin/identity-mapping", { key: credential, body, headers });

describe("the board maintains the identity mapping through the API", () => {
  it("When nothing is stored, then the board reads an empty mapping without ETag", async () => {
    const res = await callApi(api, "GET", "admin/identity-mapping", { key: board() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ formatVersion: 1, entries: [] });
    expect(res.headers.get("etag")).toBeNull();
  });

  it("When a member key reads or writes the mapping, then 403 and nothing is stored", async () => {
    expect((await callApi(api, "GET", "admin/identity-mapping", { key: member() })).status).toBe(403);
    expect((await putMapping(member(), MAPPING)).status).toBe(403);
    expect(await api.store.identityMapping.get()).toBeNull();
  });

  it("When the mapping has mistakes, then 400 names every one, and nothing is stored or audited", async () => {
    const auditBefore = (await api.store.audit.all()).length;
    const res = await putMapping(board(), {
      formatVersion: 1,
      entries: [
        { tenantId: "not-a-guid", objectId: USER, role: "member", blocId: BLOC, unitId: UNIT },
        { tenantId: TENANT, objectId: USER, role: "leader", blocId: BLOC },
        { tenantId: TENANT, objectId: USER, groupId: TWO_ROLES, role: "board" },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("validation");
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(["entries[0].tenantId"]);
    const semantic = await putMapping(board(), {
      formatVersion: 1,
      entries: [
        { tenantId: TENANT, objectId: USER, role: "leader", blocId: BLOC },
        { tenantId: TENANT, objectId: USER, groupId: TWO_ROLES, role: "board" },
      ],
    });
    expect(semantic.status).toBe(400);
    expect(semantic.body.details.map((d: { path: string }) => d.path)).toEqual(["entries[0]", "entries[1]"]);
    expect(semantic.body.message.vi).toContain("2 lỗi");
    expect(await api.store.identityMapping.get()).toBeNull();
    expect((await api.store.audit.all()).length).toBe(auditBefore);
  });

  it("When the board stores a good mapping, then it reads back with an ETag and the change is audited", async () => {
    const auditBefore = (await api.store.audit.all()).length;
    const res = await putMapping(board(), MAPPING);
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toEqual(expect.any(String));
    const read = await callApi(api, "GET", "admin/identity-mapping", { key: board() });
    expect(read.body).toEqual(MAPPING);
    expect(read.headers.get("etag")).toBe(res.headers.get("etag"));
    expect((await api.store.audit.all()).length).toBe(auditBefore + 1);
    const last = await api.store.audit.last();
    expect(last).toMatchObject({
      action: "identity-mapping.put",
      actor: expect.stringMatching(/^key:/),
      beforeHash: null,
      afterHash: expect.any(String),
    });
  });

  it("When written without If-Match over a stored mapping, or with a stale ETag, then 409 / 412 and it is kept", async () => {
    const stored = await api.store.identityMapping.get();
    expect((await putMapping(board(), { formatVersion: 1, entries: [] })).status).toBe(409);
    const replaced = await putMapping(board(), MAPPING, { "if-match": stored!.etag });
    expect(replaced.status).toBe(200);
    const stale = await putMapping(board(), { formatVersion: 1, entries: [] }, { "if-match": stored!.etag });
    expect(stale.status).toBe(412);
    expect((await api.store.identityMapping.get())?.value).toEqual(MAPPING);
  });
});

describe("signing in with Microsoft Entra ID through the local host", () => {
  beforeAll(async () => {
    const sample = JSON.parse(
      readFileSync(join(ROOT, "examples/returns", PERIOD, `${UNIT}.json`), "utf8"),
    ) as unknown;
    const submitted = await callApi(api, "PUT", `periods/${PERIOD}/returns/${UNIT}`, {
      key: member(),
      body: sample,
      headers: { "idempotency-key": "entra-1" },
    });
    expect(submitted.status).toBe(201);
  });

  it("When a mapped member signs in, then it is its unit's member, reads its own return, and not another unit's (403)", async () => {
    const token = await tokenFor(USER);
    const me = await callApi(api, "GET", "me", { key: token });
    expect(me.body).toEqual({
      actor: `entra:${USER}`,
      role: "member",
      blocId: BLOC,
      unitId: UNIT,
      periodId: null,
      year: null,
    });
    const own = await callApi(api, "GET", `periods/${PERIOD}/returns/${UNIT}`, { key: token });
    expect(own.status).toBe(200);
    expect(own.body.current.unitId).toBe(UNIT);
    const other = await callApi(api, "GET", `periods/${PERIOD}/returns/${OTHER_UNIT}`, { key: token });
    expect(other.status).toBe(403);
    expect(other.body.error).toBe("forbidden");
    expect(keyRequests).toBeGreaterThan(0);
  });

  it("When a signed-in user is not in the mapping, then 403 tells them what to send the board", async () => {
    const res = await callApi(api, "GET", "me", { key: await tokenFor(UNMAPPED) });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe("forbidden");
    expect(res.body.message.vi).toContain(`object ID) ${UNMAPPED}`);
    expect(res.body.message.en).toContain(
      `Send the board your object ID ${UNMAPPED} and tenant ID ${TENANT}`,
    );
    expect(res.body.details).toEqual([
      {
        path: "Authorization",
        message: expect.objectContaining({ en: expect.stringContaining("identity-not-mapped") }),
      },
    ]);
  });

  it("When the token comes from a tenant that is not allowed, then 401 asking to sign in another way", async () => {
    const token = await tokenFor(USER, { tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) });
    const res = await callApi(api, "GET", "me", { key: token });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe("unauthenticated");
    expect(res.headers.get("www-authenticate")).toContain("invalid_token");
    expect(res.body.message.en).toContain(OTHER_TENANT);
  });

  it("When a user has two roles, then without a header 403 lists both, and X-ThiDua-Bloc chooses one", async () => {
    const token = await tokenFor(TWO_ROLES);
    const unchosen = await callApi(api, "GET", "me", { key: token });
    expect(unchosen.status).toBe(403);
    expect(unchosen.body.details.map((d: { message: { en: string } }) => d.message.en)).toEqual([
      `X-ThiDua-Bloc: ${BLOC}, X-ThiDua-Role: member, X-ThiDua-Unit: ${OTHER_UNIT}`,
      `X-ThiDua-Bloc: ${OTHER_BLOC}, X-ThiDua-Role: observer`,
    ]);
    const chosen = await callApi(api, "GET", "me", { key: token, headers: { "x-thidua-bloc": OTHER_BLOC } });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({
      actor: `entra:${TWO_ROLES}`,
      role: "observer",
      blocId: OTHER_BLOC,
      unitId: null,
    });
  });

  it("When the board changes the mapping, then the next sign-in uses it at once", async () => {
    const stored = await api.store.identityMapping.get();
    const withoutUser = { formatVersion: 1, entries: MAPPING.entries.slice(1) };
    expect((await putMapping(board(), withoutUser, { "if-match": stored!.etag })).status).toBe(200);
    expect((await callApi(api, "GET", "me", { key: await tokenFor(USER) })).status).toBe(403);
  });

  it("When an access key is sent beside Entra, then it still signs in as its key", async () => {
    const res = await callApi(api, "GET", "me", { key: member() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ actor: expect.stringMatching(/^key:/), role: "member", unitId: UNIT });
  });
});
