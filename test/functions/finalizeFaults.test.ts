import "../../functions/src/local/quietTestMode";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StoreStaleError } from "../../core/ports";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import { callApi, keyOf } from "./apiClient";

// Finalizing is two writes (the period's move, then the result): what a failure between them leaves behind.
const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const SUBMITTING = ["so-tu-phap", "cong-an-tinh", "tand-tinh"];

let clock = new Date("2022-11-20T02:00:00.000Z");
let api: LocalApi;
const leader = () => keyOf(api, "leader", "vksnd-tinh", BLOC);
const finalize = () => callApi(api, "POST", `periods/${PERIOD}/finalize`, { key: leader() });
const stateOf = async () => (await api.store.periods.get(PERIOD))?.value.state;

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, now: () => clock });
  for (const unitId of SUBMITTING) {
    const body = JSON.parse(
      readFileSync(join(ROOT, "examples/returns", PERIOD, `${unitId}.json`), "utf8"),
    ) as unknown;
    const res = await callApi(api, "PUT", `periods/${PERIOD}/returns/${unitId}`, {
      key: keyOf(api, "member", unitId, BLOC),
      body,
      headers: { "idempotency-key": `${unitId}-1` },
    });
    expect(res.status).toBe(201);
  }
  clock = new Date("2022-12-05T02:00:00.000Z");
  for (const move of ["close", "start-review"]) {
    const res = await callApi(api, "POST", `periods/${PERIOD}/transition`, { key: leader(), body: { move } });
    expect(res.status).toBe(200);
  }
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

describe("finalizing when a write fails", () => {
  it("When another request moved the period between read and write, then finalize answers 412 and stores no result", async () => {
    const periods = api.store.periods;
    const { update } = periods;
    periods.update = () => Promise.reject(new StoreStaleError(`period ${PERIOD}`));
    try {
      const res = await finalize();
      expect(res.status).toBe(412);
    } finally {
      periods.update = update;
    }
    expect(await stateOf()).toBe("reviewing");
    expect(await api.store.results.get(BLOC, PERIOD, 1)).toBeNull();
    expect(await api.store.results.summaries(BLOC)).toEqual([]);
  });

  it("When storing the result fails after the period moved, then finalizing again stores the same result once and a third time is refused", async () => {
    const ranking = await callApi(api, "POST", `periods/${PERIOD}/ranking`, { key: leader() });
    expect(ranking.status).toBe(200);
    const results = api.store.results;
    const { create } = results;
    results.create = () => Promise.reject(new Error("storage unavailable"));
    try {
      expect((await finalize()).status).toBe(500);
    } finally {
      results.create = create;
    }
    expect(await stateOf()).toBe("finalized");
    expect(await api.store.results.get(BLOC, PERIOD, 1)).toBeNull();

    clock = new Date("2022-12-06T02:00:00.000Z");
    const again = await finalize();
    expect(again.status).toBe(200);
    expect(again.body.period).toMatchObject({ state: "finalized", version: 1 });
    expect(again.body.summary.inputHash).toBe(ranking.body.result.inputHash);
    const stored = await api.store.results.get(BLOC, PERIOD, 1);
    expect(stored?.summary).toEqual(again.body.summary);
    expect((stored?.inputs as { returns: unknown[] }).returns).toHaveLength(SUBMITTING.length);

    const third = await finalize();
    expect(third.status).toBe(409);
    expect((await api.store.results.summaries(BLOC)).map((s) => s.periodId)).toEqual([PERIOD]);
  });
});
