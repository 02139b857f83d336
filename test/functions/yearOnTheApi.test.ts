import "../../functions/src/local/quietTestMode";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FinalizeResponseSchema, RankingResponseSchema } from "../../core/api";
import { AUDIT_PARTITION, auditRowKey } from "../../functions/src/storage/auditRepository";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import { callApi, keyOf } from "./apiClient";

const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const RETURNS = join(ROOT, "examples/returns", PERIOD);

let clock = new Date("2022-11-01T00:00:00.000Z");
let api: LocalApi;

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, now: () => clock });
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

function sample(unitId: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(RETURNS, `${unitId}.json`), "utf8")) as Record<string, unknown>;
}

describe("a whole year on the local host and Azurite", () => {
  const units = readdirSync(RETURNS)
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
  const missing = "bch-bdbp-tinh";
  const late = "bo-chqs-tinh";
  const leader = () => keyOf(api, "leader", "vksnd-tinh", BLOC);
  const board = () => keyOf(api, "board", null);
  let finalized: { units: { unitId: string; rank: number | null; proposals: string[] }[] };

  it("When the board opened the period, then a member sees it with its deadline and its eight members", async () => {
    const res = await callApi(api, "GET", `periods/${PERIOD}`, {
      key: keyOf(api, "member", "so-tu-phap", BLOC),
    });
    expect(res.status).toBe(200);
    expect(res.body.period).toMatchObject({
      state: "open",
      version: 1,
      deadline: "2022-12-01T00:00:00.000Z",
    });
    expect(res.body.members).toHaveLength(8);
    expect(res.headers.get("etag")).toBe('"r1"');
  });

  it("When six units submit in time and one after the deadline, then status names submitted, late and missing", async () => {
    clock = new Date("2022-11-25T02:00:00.000Z");
    for (const unitId of units.filter((u) => u !== missing && u !== late)) {
      const res = await callApi(api, "PUT", `periods/${PERIOD}/returns/${unitId}`, {
        key: keyOf(api, "member", unitId, BLOC),
        body: sample(unitId),
        headers: { "idempotency-key": `${unitId}-1` },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ unitId, version: 1, late: false });
    }
    clock = new Date("2022-12-03T02:00:00.000Z");
    const lateRes = await callApi(api, "PUT", `periods/${PERIOD}/returns/${late}`, {
      key: keyOf(api, "member", late, BLOC),
      body: sample(late),
      headers: { "idempotency-key": "late-1" },
    });
    expect(lateRes.body).toMatchObject({ version: 1, late: true });
    const status = await callApi(api, "GET", `periods/${PERIOD}/status`, { key: leader() });
    const byUnit = Object.fromEntries(
      status.body.members.map((m: { unitId: string; status: string }) => [m.unitId, m.status]),
    );
    expect(byUnit[missing]).toBe("missing");
    expect(byUnit[late]).toBe("late");
    expect(Object.values(byUnit).filter((s) => s === "submitted")).toHaveLength(6);
  });

  it("When the server computed a receipt, then its total is the server's, whatever the client might claim", async () => {
    const stored = await callApi(api, "GET", `periods/${PERIOD}/returns/so-tu-phap`, {
      key: keyOf(api, "member", "so-tu-phap", BLOC),
    });
    expect(stored.status).toBe(200);
    expect(stored.body.current.receipt.total).toBeGreaterThan(0);
    const consolidated = await callApi(api, "GET", `periods/${PERIOD}/returns`, { key: leader() });
    expect(consolidated.body.returns).toHaveLength(7);
  });

  it("When the leader reviews with a reason, the unit explains and a second review settles it, then ranking shows the trail", async () => {
    clock = new Date("2022-12-05T02:00:00.000Z");
    const close = await callApi(api, "POST", `periods/${PERIOD}/transition`, {
      key: leader(),
      body: { move: "close" },
    });
    expect(close.body.state).toBe("closed");
    const review = await callApi(api, "POST", `periods/${PERIOD}/reviews`, {
      key: leader(),
      body: {
        unitId: "so-tu-phap",
        code: "III.2",
        stage: "review",
        points: 3,
        reason: "Tỷ lệ tính lại theo báo cáo tổng kết",
      },
    });
    expect(review.status).toBe(201);
    const explanation = await callApi(api, "POST", `periods/${PERIOD}/explanations`, {
      key: keyOf(api, "member", "so-tu-phap", BLOC),
      body: { unitId: "so-tu-phap", code: "III.2", text: "Sở đã bổ sung báo cáo số 12/BC-STP" },
    });
    expect(explanation.status).toBe(201);
    const second = await callApi(api, "POST", `periods/${PERIOD}/reviews`, {
      key: keyOf(api, "deputy", "tand-tinh", BLOC),
      body: {
        unitId: "so-tu-phap",
        code: "III.2",
        stage: "second-review",
        points: 3.5,
        reason: "Chấp nhận một phần giải trình",
      },
    });
    expect(second.status).toBe(201);
    await callApi(api, "POST", `periods/${PERIOD}/transition`, {
      key: leader(),
      body: { move: "start-review" },
    });
    const votes = JSON.parse(readFileSync(join(ROOT, "examples/votes", `${PERIOD}.json`), "utf8")) as unknown;
    expect(
      (await callApi(api, "PUT", `periods/${PERIOD}/votes`, { key: leader(), body: votes })).status,
    ).toBe(200);
    const ranking = await callApi(api, "POST", `periods/${PERIOD}/ranking`, { key: leader() });
    expect(ranking.status).toBe(200);
    // The answer is what core/api's schema says (the pane parses it with the same schema before showing it).
    expect(RankingResponseSchema.safeParse(ranking.body).error).toBeUndefined();
    const stp = ranking.body.result.units.find((u: { unitId: string }) => u.unitId === "so-tu-phap");
    const stage = stp.stages.find((s: { code: string }) => s.code === "III.2");
    expect(stage).toMatchObject({ final: 3.5, stage: "second-review" });
    expect(stage.trail.map((s: { stage: string }) => s.stage)).toEqual([
      "self",
      "review",
      "explanation",
      "second-review",
    ]);
    const notRanked = ranking.body.result.units.find((u: { unitId: string }) => u.unitId === missing);
    expect(notRanked.rank).toBeNull();
  });

  it("When the leader finalizes, then inputs, output and input hash are stored and writes are refused after", async () => {
    clock = new Date("2022-12-20T05:00:00.000Z");
    const res = await callApi(api, "POST", `periods/${PERIOD}/finalize`, { key: leader() });
    expect(res.status).toBe(200);
    expect(FinalizeResponseSchema.safeParse(res.body).error).toBeUndefined();
    expect(res.body.period).toMatchObject({ state: "finalized", version: 1 });
    finalized = res.body.summary;
    const record = await api.store.results.get(BLOC, PERIOD, 1);
    expect(record?.summary.inputHash).toBe(res.body.summary.inputHash);
    expect(record?.summary.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((record?.inputs as { returns: unknown[] }).returns).toHaveLength(7);
    const before = await api.store.returns.versions(PERIOD, "so-tu-phap");
    const write = await callApi(api, "PUT", `periods/${PERIOD}/returns/so-tu-phap`, {
      key: keyOf(api, "member", "so-tu-phap", BLOC),
      body: { ...sample("so-tu-phap"), submittedAt: "2022-12-20T12:00:00+07:00" },
      headers: { "idempotency-key": "after-finalize" },
    });
    expect(write.status).toBe(409);
    expect(await api.store.returns.versions(PERIOD, "so-tu-phap")).toEqual(before);
  });

  it("When the leader reopens, then a reason is required and the period becomes version 2 in review", async () => {
    const without = await callApi(api, "POST", `periods/${PERIOD}/reopen`, { key: leader(), body: {} });
    expect(without.status).toBe(400);
    const reopened = await callApi(api, "POST", `periods/${PERIOD}/reopen`, {
      key: leader(),
      body: { reason: "Hội đồng tỉnh yêu cầu rà soát lại mục III.2" },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ state: "reviewing", version: 2 });
    expect(reopened.body.reopenings[0].reason).toBe("Hội đồng tỉnh yêu cầu rà soát lại mục III.2");
  });

  it("When next year's period is ranked, then its history comes from storage: last year's proposals and ranks", async () => {
    const template = JSON.parse(readFileSync(join(ROOT, "templates", `${PERIOD}.json`), "utf8")) as {
      id: string;
      identity: { year: number; version: string };
    };
    template.id = "ha-giang-khoi-noi-chinh-2023";
    template.identity.year = 2023;
    template.identity.version = "2023.1";
    expect((await callApi(api, "POST", "templates", { key: board(), body: template })).status).toBe(201);
    const created = await callApi(api, "POST", "periods", {
      key: board(),
      body: { blocId: BLOC, templateId: template.id, deadline: "2023-12-01T00:00:00.000Z" },
    });
    expect(created.status).toBe(201);
    const ranking = await callApi(api, "POST", `periods/${template.id}/ranking`, { key: board() });
    expect(ranking.status).toBe(200);
    const lastYear = finalized.units.flatMap((u) =>
      u.proposals.map((award) => ({ unitId: u.unitId, year: 2022, award })),
    );
    expect(lastYear.length).toBeGreaterThan(0);
    expect(ranking.body.history.awards.filter((a: { year: number }) => a.year === 2022)).toEqual(lastYear);
    const ranked = finalized.units
      .filter((u) => u.rank !== null)
      .map((u) => ({ year: 2022, unitId: u.unitId, rank: u.rank }));
    expect(ranking.body.history.ranks.filter((r: { year: number }) => r.year === 2022)).toEqual(ranked);
    const history = await callApi(api, "GET", `blocs/${BLOC}/history`, {
      key: keyOf(api, "member", "so-tu-phap", BLOC),
    });
    expect(history.body.finalized.map((f: { periodId: string }) => f.periodId)).toEqual([PERIOD]);
    // The suggested leader keeps the rotation rule's reason, for the History sheet.
    const rotation = history.body.finalized[0].rotation;
    const stored = (await api.store.results.get(BLOC, PERIOD, 1))?.result as {
      rotation: { explanation: { vi: string } } | null;
    };
    expect(stored.rotation).not.toBeNull();
    expect(rotation.explanation.vi).toBe(stored.rotation?.explanation.vi);
    expect(
      history.body.trends.find((t: { unitId: string }) => t.unitId === "so-tu-phap").points,
    ).toHaveLength(1);
    const iii2 = history.body.criterionTrends.find((t: { code: string }) => t.code === "III.2");
    expect(iii2.points[0]).toMatchObject({ year: 2022, adjustedUnits: 1 });
  });

  it("When the year is over, then the audit chain verifies; after a stored entry is edited in Azurite, it fails there", async () => {
    const ok = await callApi(api, "GET", "audit/verify", { key: board() });
    expect(ok.body).toMatchObject({ ok: true, break: null });
    expect(ok.body.count).toBeGreaterThan(20);
    const row = auditRowKey(5);
    const entity = await api.tables.audit.getEntity<Record<string, unknown>>(AUDIT_PARTITION, row);
    const entry = JSON.parse(Buffer.from(entity.d0 as Uint8Array).toString("utf8")) as Record<
      string,
      unknown
    >;
    entry.reason = "sửa trực tiếp trong kho";
    await api.tables.audit.updateEntity(
      {
        partitionKey: AUDIT_PARTITION,
        rowKey: row,
        n: 1,
        seq: 5,
        d0: Buffer.from(JSON.stringify(entry), "utf8"),
      },
      "Replace",
    );
    const broken = await callApi(api, "GET", "audit/verify", { key: board() });
    expect(broken.body).toMatchObject({ ok: false, break: { seq: 5, kind: "edited" } });
  });
});
