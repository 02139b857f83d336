import "../../functions/src/local/quietTestMode";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import type { Answer } from "./apiClient";
import { callApi, keyOf } from "./apiClient";

const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const UNIT = "so-tu-phap";

let clock = new Date("2022-11-01T00:00:00.000Z");
let api: LocalApi;

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, now: () => clock, corsOrigins: ["https://pane.example.vn"] });
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

function sample(unitId = UNIT): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "examples/returns", PERIOD, `${unitId}.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

/** Everything a refused request could have written: every current return, the unit's versions, the audit log, the period. */
async function snapshot() {
  const [current, versions, audit, period] = await Promise.all([
    api.store.returns.allCurrent(PERIOD),
    api.store.returns.versions(PERIOD, UNIT),
    api.store.audit.all(),
    api.store.periods.get(PERIOD),
  ]);
  return { current, versions, audit: audit.length, period: period?.value };
}

/** Runs a request that must be refused with `status`, and checks nothing was written. */
async function refused(status: number, run: () => Promise<Answer>): Promise<Answer> {
  const before = await snapshot();
  const res = await run();
  expect(res.status).toBe(status);
  expect(res.body).toEqual({
    error: expect.any(String),
    message: { vi: expect.any(String), en: expect.any(String) },
    details: expect.any(Array),
  });
  expect(await snapshot()).toEqual(before);
  // A new minute: failed sign-ins of one test do not throttle the next.
  clock = new Date(clock.getTime() + 61_000);
  return res;
}

const member = () => keyOf(api, "member", UNIT, BLOC);
const board = () => keyOf(api, "board", null);
const put = (key: string | undefined, body: unknown, headers: Record<string, string> = {}, unitId = UNIT) =>
  callApi(api, "PUT", `periods/${PERIOD}/returns/${unitId}`, {
    ...(key === undefined ? {} : { key }),
    body,
    headers: { "idempotency-key": "k-1", ...headers },
  });

describe("refusals: each with its status, and nothing written", () => {
  it("When no credential is sent, then 401", async () => {
    await refused(401, () => put(undefined, sample()));
  });

  it("When the key is unknown, then 401", async () => {
    await refused(401, () =>
      put("tdk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", sample()),
    );
  });

  it("When the key was revoked, then 401", async () => {
    const issued = await callApi(api, "POST", "keys", {
      key: board(),
      body: {
        role: "member",
        blocId: BLOC,
        unitId: UNIT,
        periodId: null,
        year: 2022,
        expiresAt: "2023-06-01T00:00:00Z",
      },
    });
    expect(issued.status).toBe(201);
    expect((await callApi(api, "DELETE", `keys/${issued.body.keyId}`, { key: board() })).status).toBe(200);
    const res = await refused(401, () => put(issued.body.key, sample()));
    expect(res.body.message.en).toContain("revoked");
  });

  it("When the key has expired, then 401", async () => {
    const issued = await callApi(api, "POST", "keys", {
      key: board(),
      body: {
        role: "member",
        blocId: BLOC,
        unitId: UNIT,
        periodId: null,
        year: 2022,
        expiresAt: new Date(clock.getTime() + 60_000).toISOString(),
      },
    });
    clock = new Date(clock.getTime() + 120_000);
    const res = await refused(401, () => put(issued.body.key, sample()));
    expect(res.body.message.en).toContain("expired");
  });

  it("When a member writes another unit's return, then 403", async () => {
    await refused(403, () => put(member(), sample("cong-an-tinh"), {}, "cong-an-tinh"));
  });

  it("When a member finalizes, then 403", async () => {
    await refused(403, () => callApi(api, "POST", `periods/${PERIOD}/finalize`, { key: member() }));
  });

  it("When the body is not JSON, then 400; when it breaks the return format, then 400 with the field", async () => {
    await refused(400, () =>
      callApi(api, "PUT", `periods/${PERIOD}/returns/${UNIT}`, {
        key: member(),
        raw: "{ not json",
        headers: { "idempotency-key": "x" },
      }),
    );
    const res = await refused(400, () => put(member(), { ...sample(), total: 100 }));
    expect(res.body.details[0].path).toBe("(body)");
  });

  it("When the body is larger than the limit, then 413", async () => {
    const big = { ...sample(), pad: "x".repeat(300_000) };
    await refused(413, () => put(member(), big));
  });

  it("When the return was made on another version of the table, then 422 naming the version to use", async () => {
    const wrong = sample();
    (wrong.template as { fingerprint: string }).fingerprint = `sha256:${"0".repeat(64)}`;
    const res = await refused(422, () => put(member(), wrong));
    expect(res.body.message.vi).toContain("2022.1");
  });

  it("When the same key comes back with another body, then 409; with the same body, the same receipt", async () => {
    const first = await put(member(), sample(), { "idempotency-key": "once" });
    expect(first.status).toBe(201);
    const again = await put(member(), sample(), { "idempotency-key": "once" });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    await refused(409, () =>
      put(member(), { ...sample(), submittedAt: "2022-11-30T08:00:00+07:00" }, { "idempotency-key": "once" }),
    );
  });

  it("When If-Match names an older version, then 412", async () => {
    await refused(412, () =>
      put(
        member(),
        { ...sample(), submittedAt: "2022-11-30T09:00:00+07:00" },
        { "idempotency-key": "second", "if-match": '"0"' },
      ),
    );
    const fresh = await put(
      member(),
      { ...sample(), submittedAt: "2022-11-30T09:00:00+07:00" },
      { "idempotency-key": "second", "if-match": '"1"' },
    );
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("etag")).toBe('"2"');
  });

  it("When a period transition carries a stale ETag, then 412", async () => {
    await refused(412, () =>
      callApi(api, "POST", `periods/${PERIOD}/transition`, {
        key: keyOf(api, "leader", "vksnd-tinh", BLOC),
        body: { move: "close" },
        headers: { "if-match": '"r0"' },
      }),
    );
  });

  it("When a client fails to sign in five times within a minute, then it must wait (429)", async () => {
    const bad = "tdk_0123456789abcdef_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    for (let i = 0; i < 5; i++) expect((await callApi(api, "GET", "me", { key: bad })).status).toBe(401);
    const res = await callApi(api, "GET", "me", { key: member() });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 61_000);
    expect((await callApi(api, "GET", "me", { key: member() })).status).toBe(200);
  });

  it("When a page from a configured origin calls, then CORS names that origin only", async () => {
    const ok = await callApi(api, "GET", "health", { headers: { origin: "https://pane.example.vn" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://pane.example.vn");
    const other = await callApi(api, "GET", "health", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("replays racing their first request", () => {
  it("When one submission is sent four times at once with one key, then one version is stored and every answer is its receipt", async () => {
    const unitId = "cong-an-tinh";
    const key = keyOf(api, "member", unitId, BLOC);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => put(key, sample(unitId), { "idempotency-key": "burst" }, unitId)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    const versions = await api.store.returns.versions(PERIOD, unitId);
    expect(versions).toHaveLength(1);
    for (const a of answers) expect(a.body).toEqual(versions[0]!.receipt);
  });
});
