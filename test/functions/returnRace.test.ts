import "../../functions/src/local/quietTestMode";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { StoredReturn } from "../../core/api";
import { StoreConflictError, StoreStaleError } from "../../core/ports";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import { callApi, keyOf } from "./apiClient";

const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";

let api: LocalApi;

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT });
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

const sample = (unitId: string) =>
  JSON.parse(readFileSync(join(ROOT, "examples/returns", PERIOD, `${unitId}.json`), "utf8")) as Record<
    string,
    unknown
  >;
const put = (unitId: string, idempotencyKey: string, body = sample(unitId)) =>
  callApi(api, "PUT", `periods/${PERIOD}/returns/${unitId}`, {
    key: keyOf(api, "member", unitId, BLOC),
    body,
    headers: { "idempotency-key": idempotencyKey },
  });

describe("a submission and its Idempotency-Key are one transaction", () => {
  it("When a replay read storage before the first request committed, then it loses the race and answers the first receipt (200), adding no version", async () => {
    const unitId = "cong-an-tinh";
    const first = await put(unitId, "race-1");
    expect(first.status).toBe(201);
    // The replay's reads are the ones it made before the first request committed: no key, no current return.
    const returns = api.store.returns;
    const { idempotency, current } = returns;
    let stale = 1;
    returns.idempotency = (...a) => (stale-- > 0 ? Promise.resolve(null) : idempotency.apply(returns, a));
    returns.current = (...a) => (stale >= 0 ? Promise.resolve(null) : current.apply(returns, a));
    try {
      const replay = await put(unitId, "race-1");
      expect(stale).toBe(-1);
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
    } finally {
      Object.assign(returns, { idempotency, current });
    }
    expect((await api.store.returns.versions(PERIOD, unitId)).map((r) => r.version)).toEqual([1]);
  });

  it("When a request with the same key and another body loses that race, then it is refused 409 as a reused key", async () => {
    const unitId = "tand-tinh";
    expect((await put(unitId, "race-2")).status).toBe(201);
    const returns = api.store.returns;
    const { idempotency, current } = returns;
    let stale = 1;
    returns.idempotency = (...a) => (stale-- > 0 ? Promise.resolve(null) : idempotency.apply(returns, a));
    returns.current = (...a) => (stale >= 0 ? Promise.resolve(null) : current.apply(returns, a));
    try {
      const other = await put(unitId, "race-2", {
        ...sample(unitId),
        submittedAt: "2022-11-30T08:00:00+07:00",
      });
      expect(other.status).toBe(409);
      expect(other.body.details).toEqual([
        { path: "Idempotency-Key", message: { vi: "đã dùng", en: "already used" } },
      ]);
    } finally {
      Object.assign(returns, { idempotency, current });
    }
    expect((await api.store.returns.versions(PERIOD, unitId)).map((r) => r.version)).toEqual([1]);
  });

  it("When a submission is held before storing while another key stores first, then no 2xx receipt names a version storage lacks", async () => {
    const unitId = "bo-chqs-tinh";
    const bodyA = { ...sample(unitId), submittedAt: "2022-11-28T08:00:00+07:00" };
    const bodyB = { ...sample(unitId), submittedAt: "2022-11-29T08:00:00+07:00" };
    const returns = api.store.returns;
    const { store } = returns;
    let reached!: () => void;
    let release!: () => void;
    const atStore = new Promise<void>((r) => (reached = r));
    const held = new Promise<void>((r) => (release = r));
    let holds = 1;
    // The first write of body A waits here, after everything it read and claimed, until B and A's replay are done.
    returns.store = async (...a) => {
      if (a[0].body.submittedAt === bodyA.submittedAt && holds-- > 0) {
        reached();
        await held;
      }
      return store.apply(returns, a);
    };
    try {
      const first = put(unitId, "held-a", bodyA);
      await atStore;
      const b = await put(unitId, "other-b", bodyB);
      const replay = await put(unitId, "held-a", bodyA);
      release();
      const answers = [await first, b, replay];
      const stored = await api.store.returns.versions(PERIOD, unitId);
      const unbacked = answers
        .filter((x) => x.status < 300)
        .filter((x) => {
          const v = stored.find((r) => r.version === x.body.version);
          return v === undefined || !isDeepStrictEqual(v.receipt, x.body);
        });
      expect(unbacked.map((x) => x.body)).toEqual([]);
      expect(b.status).toBe(201);
    } finally {
      release();
      returns.store = store;
    }
  });

  it("When the version row already exists, then the store writes neither the current row nor the key", async () => {
    const unitId = "vksnd-tinh";
    expect((await put(unitId, "race-3")).status).toBe(201);
    const cur = (await api.store.returns.current(PERIOD, unitId))!;
    const clash: StoredReturn = { ...cur.value, actor: "key:other" };
    await expect(
      api.store.returns.store(clash, null, {
        keyHash: "b".repeat(64),
        record: { bodyHash: "x", receipt: clash.receipt },
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(await api.store.returns.idempotency(PERIOD, unitId, "b".repeat(64))).toBeNull();
    expect((await api.store.returns.current(PERIOD, unitId))!.value.actor).toBe(cur.value.actor);
  });

  it("When the current row changed since it was read (stale ETag), then neither the version nor the key is written", async () => {
    const unitId = "thanh-tra-tinh";
    expect((await put(unitId, "race-4a")).status).toBe(201);
    const read = (await api.store.returns.current(PERIOD, unitId))!;
    expect(
      (await put(unitId, "race-4b", { ...sample(unitId), submittedAt: "2022-11-29T08:00:00+07:00" })).status,
    ).toBe(201);
    const late: StoredReturn = { ...read.value, version: 3, receipt: { ...read.value.receipt, version: 3 } };
    await expect(
      api.store.returns.store(late, read.etag, {
        keyHash: "c".repeat(64),
        record: { bodyHash: "y", receipt: late.receipt },
      }),
    ).rejects.toBeInstanceOf(StoreStaleError);
    expect(await api.store.returns.idempotency(PERIOD, unitId, "c".repeat(64))).toBeNull();
    expect((await api.store.returns.versions(PERIOD, unitId)).map((r) => r.version)).toEqual([1, 2]);
  });
});
