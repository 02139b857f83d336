import "../../functions/src/local/quietTestMode";
import { join } from "node:path";
import { AuditExportSchema, verifyAuditChain } from "../../core/audit";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import { callApi, keyOf } from "./apiClient";

const ROOT = join(__dirname, "../..");
let api: LocalApi;

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, now: () => new Date("2022-11-01T00:00:00.000Z") });
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

describe("GET /api/audit/export", () => {
  it("When the board exports, then the whole chain comes in the versioned format, in order, and verifies", async () => {
    const res = await callApi(api, "GET", "audit/export", { key: keyOf(api, "board", null) });
    expect(res.status).toBe(200);
    const page = AuditExportSchema.parse(res.body);
    const stored = await api.store.audit.all();
    expect(page).toMatchObject({ format: "thidua-audit/1", after: 0, next: null });
    expect(page.exportedAt).toBe("2022-11-01T00:00:00.000Z");
    expect(page.entries.map((e) => e.seq)).toEqual(stored.map((e) => e.seq).sort((a, b) => a - b));
    expect(verifyAuditChain(page.entries)).toMatchObject({ ok: true, count: stored.length });
  });

  it("When the board pages with limit and after, then the pages join without a gap or an overlap", async () => {
    const board = keyOf(api, "board", null);
    const seqs: number[] = [];
    let after = 0;
    for (;;) {
      const res = await callApi(api, "GET", `audit/export?after=${after}&limit=3`, { key: board });
      expect(res.status).toBe(200);
      const page = AuditExportSchema.parse(res.body);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seqs.push(...page.entries.map((e) => e.seq));
      if (page.next === null) break;
      after = page.next;
    }
    const count = (await api.store.audit.all()).length;
    expect(seqs).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it("When the page size is out of range or not a number, then 400 names the parameter", async () => {
    const board = keyOf(api, "board", null);
    for (const query of ["limit=0", "limit=1001", "after=-1", "after=abc"]) {
      const res = await callApi(api, "GET", `audit/export?${query}`, { key: board });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe("validation");
      expect(res.body.details[0].path).toBe(query.split("=")[0]);
    }
  });

  it("When anyone but the board asks, then 401 without a key and 403 for a member, a leader and an observer", async () => {
    expect((await callApi(api, "GET", "audit/export")).status).toBe(401);
    const observer = await callApi(api, "POST", "keys", {
      key: keyOf(api, "board", null),
      body: {
        role: "observer",
        blocId: "ha-giang-khoi-noi-chinh",
        unitId: null,
        periodId: null,
        year: 2022,
        expiresAt: "2023-11-01T00:00:00.000Z",
      },
    });
    expect(observer.status).toBe(201);
    const others = [
      keyOf(api, "member", "so-tu-phap", "ha-giang-khoi-noi-chinh"),
      keyOf(api, "leader", "vksnd-tinh", "ha-giang-khoi-noi-chinh"),
      observer.body.key as string,
    ];
    for (const key of others) {
      const res = await callApi(api, "GET", "audit/export", { key });
      expect(res.status).toBe(403);
      expect(res.body.error).toBe("forbidden");
    }
  });
});
