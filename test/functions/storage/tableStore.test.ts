import type { StoredReturn } from "../../../core/api";
import { chainAudit } from "../../../core/audit";
import type { Period } from "../../../core/periods";
import type { ThiDuaStore } from "../../../core/ports";
import { StoreConflictError, StoreStaleError } from "../../../core/ports";
import { compileTemplate, TemplateSchema } from "../../../core/template";
import { ENTITY_BYTES } from "../../../functions/src/storage/entityChunks";
import { createTableStore } from "../../../functions/src/storage/tableStore";
import type { Azurite } from "../../helpers/azurite";
import { startAzurite } from "../../helpers/azurite";
import { bigTemplate } from "../../helpers/bigTemplate";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

let azurite: Azurite;
let store: ThiDuaStore;

beforeAll(async () => {
  azurite = await startAzurite();
  store = (await createTableStore(azurite.connectionString)).store;
});
afterAll(async () => {
  await azurite?.stop();
});

const period: Period = {
  periodId: "p-2022",
  blocId: "b1",
  year: 2022,
  kind: "year-end",
  templateId: "t1",
  templateVersion: "1",
  fingerprint: `sha256:${"a".repeat(64)}`,
  deadline: "2022-11-30T17:00:00.000Z",
  state: "open",
  version: 1,
  revision: 1,
  createdAt: "2022-10-01T00:00:00.000Z",
  reopenings: [],
};

const compiled = compileTemplate(TemplateSchema.parse(bigTemplate(300)));

function stored(unitId: string, version: number, seed: number): StoredReturn {
  const body = randomReturn(compiled, unitId, seededRandom(seed));
  return {
    periodId: period.periodId,
    unitId,
    version,
    actor: "key:test",
    firstReceivedAt: "2022-11-20T00:00:00.000Z",
    body,
    receipt: {
      periodId: period.periodId,
      unitId,
      version,
      receivedAt: "2022-11-20T00:00:00.000Z",
      late: false,
      baseScore: 1,
      bonus: 0,
      deductions: 0,
      total: 1,
      provisional: false,
      returnHash: "b".repeat(64),
      problems: [],
    },
  };
}

describe("Table Storage repositories (Azurite)", () => {
  it("When a period is updated with a stale ETag, then the store refuses it (412) and keeps the fresh one", async () => {
    await store.periods.create(period);
    await expect(store.periods.create(period)).rejects.toBeInstanceOf(StoreConflictError);
    const first = (await store.periods.get(period.periodId))!;
    await store.periods.update({ ...period, state: "closed", revision: 2 }, first.etag);
    await expect(
      store.periods.update({ ...period, state: "reviewing", revision: 2 }, first.etag),
    ).rejects.toBeInstanceOf(StoreStaleError);
    expect((await store.periods.get(period.periodId))!.value.state).toBe("closed");
    expect((await store.periods.list("b1")).map((p) => p.periodId)).toEqual(["p-2022"]);
    expect(await store.periods.list("other")).toEqual([]);
  });

  it("When units send 300-criterion returns and one sends twice, then consolidation is one current row per unit and every version is kept", async () => {
    await store.returns.store(stored("u1", 1, 1), null);
    await store.returns.store(stored("u2", 1, 2), null);
    const cur = (await store.returns.current(period.periodId, "u1"))!;
    await store.returns.store(stored("u1", 2, 3), cur.etag);
    const all = await store.returns.allCurrent(period.periodId);
    expect(all.map((r) => [r.unitId, r.version])).toEqual([
      ["u1", 2],
      ["u2", 1],
    ]);
    expect(all[0]!.body).toEqual(stored("u1", 2, 3).body);
    expect((await store.returns.versions(period.periodId, "u1")).map((r) => r.version)).toEqual([1, 2]);
  });

  it("When two writers race on one unit's return, then the second is refused (stale or conflict) and nothing is lost", async () => {
    const cur = (await store.returns.current(period.periodId, "u2"))!;
    await store.returns.store(stored("u2", 2, 4), cur.etag);
    await expect(store.returns.store(stored("u2", 2, 5), cur.etag)).rejects.toBeInstanceOf(StoreStaleError);
    await expect(store.returns.store(stored("u3", 1, 6), null)).resolves.toBeUndefined();
    await expect(store.returns.store(stored("u3", 1, 7), null)).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.returns.versions(period.periodId, "u2")).map((r) => r.version)).toEqual([1, 2]);
  });

  it("When a version is stored with its Idempotency-Key, then the key is read back, and a second store with that key stores nothing", async () => {
    const first = stored("u4", 1, 8);
    const record = { bodyHash: "h1", receipt: first.receipt };
    await store.returns.store(first, null, { keyHash: "k".repeat(64), record });
    expect((await store.returns.idempotency(period.periodId, "u4", "k".repeat(64)))!.bodyHash).toBe("h1");
    expect(await store.returns.idempotency(period.periodId, "u4", "z".repeat(64))).toBeNull();
    const cur = (await store.returns.current(period.periodId, "u4"))!;
    await expect(
      store.returns.store(stored("u4", 2, 9), cur.etag, {
        keyHash: "k".repeat(64),
        record: { ...record, bodyHash: "h2" },
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    // All or nothing: neither the version nor the current row moved.
    expect((await store.returns.versions(period.periodId, "u4")).map((r) => r.version)).toEqual([1]);
    expect((await store.returns.current(period.periodId, "u4"))!.value.version).toBe(1);
  });

  it("When a finalized result is larger than one entity, then it is split over rows and read back whole", async () => {
    // Vietnamese text past one entity: 2 UTF-8 bytes a character, split over part rows mid-character.
    const big = "đ".repeat(ENTITY_BYTES / 2 + 11);
    const summary = {
      blocId: "b1",
      periodId: period.periodId,
      year: 2022,
      kind: "year-end" as const,
      version: 1,
      finalizedAt: "2022-12-20T00:00:00.000Z",
      finalizedBy: "key:l",
      inputHash: "h",
      units: [],
      rotation: null,
    };
    await store.results.create({ summary, inputs: { big }, result: { ok: true } });
    await expect(store.results.create({ summary, inputs: {}, result: {} })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect(await store.results.summaries("b1")).toEqual([summary]);
    const back = (await store.results.get("b1", period.periodId, 1))!;
    const back_ = (back.inputs as { big: string }).big;
    expect(back_.length).toBe(big.length);
    expect(back_ === big).toBe(true);
  });

  it("When audit entries are appended, then the newest is read first and a second entry with one sequence is refused", async () => {
    const draft = {
      at: "2022-11-20T00:00:00.000Z",
      actor: "key:test",
      action: "test",
      blocId: "b1",
      periodId: null,
      unitId: null,
      beforeHash: null,
      afterHash: null,
      reason: null,
    };
    expect(await store.audit.last()).toBeNull();
    const e1 = chainAudit(null, draft);
    const e2 = chainAudit(e1, { ...draft, action: "second" });
    await store.audit.append(e1);
    await store.audit.append(e2);
    await expect(store.audit.append(chainAudit(e1, draft))).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.audit.last())!.seq).toBe(2);
    expect((await store.audit.all()).map((e) => e.seq).sort()).toEqual([1, 2]);
  });
});
