import "../../functions/src/local/quietTestMode";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import type { AuditEntry, AuditExport } from "../../core/audit";
import { auditEntryHash } from "../../core/audit";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import { callApi, keyOf } from "../functions/apiClient";
import { memoryIo } from "./memoryIo";

const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const work = mkdtempSync(join(tmpdir(), "thidua-audit-"));

let api: LocalApi;
let exported: AuditExport;

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, now: () => new Date("2022-11-01T00:00:00.000Z") });
  // A few state changes after the seeding: two units submit their returns.
  for (const unitId of ["so-tu-phap", "vksnd-tinh"]) {
    const body = JSON.parse(readFileSync(join(ROOT, "examples/returns", PERIOD, `${unitId}.json`), "utf8"));
    const res = await callApi(api, "PUT", `periods/${PERIOD}/returns/${unitId}`, {
      key: keyOf(api, "member", unitId, BLOC),
      body,
      headers: { "idempotency-key": `${unitId}-1` },
    });
    expect(res.status).toBe(201);
  }
  const res = await callApi(api, "GET", "audit/export", { key: keyOf(api, "board", null) });
  expect(res.status).toBe(200);
  exported = res.body as AuditExport;
  writeFileSync(join(work, "audit.json"), JSON.stringify(exported));
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

async function verify(...args: string[]) {
  const io = memoryIo(work);
  const code = await main(["audit", "verify", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** Writes the export with its entries changed by `change`. */
function tampered(name: string, change: (entries: AuditEntry[]) => AuditEntry[]): string {
  const copy = structuredClone(exported);
  writeFileSync(join(work, name), JSON.stringify({ ...copy, entries: change(copy.entries) }));
  return name;
}

/** The entry signed again, as someone who rewrites an entry would. */
const rehash = ({ hash: _old, ...e }: AuditEntry): AuditEntry => ({ ...e, hash: auditEntryHash(e) });

describe("thidua audit verify", () => {
  it("When a chain exported from the local host after submissions is verified, then it is valid with its count and times", async () => {
    expect(exported.entries.length).toBeGreaterThan(5);
    expect(exported.entries.at(-1)?.action).toBeDefined();
    const { code, out } = await verify("audit.json");
    expect(code).toBe(0);
    expect(out).toContain(`Nhật ký: ${exported.entries.length} mục, từ ${exported.entries[0]?.at} đến`);
    expect(out).toContain("Chuỗi hợp lệ.");
    expect(out).toContain(exported.entries.at(-1)?.hash);
  });

  it("When asked in English with --json, then the report has the count, first and last time and no break", async () => {
    const { code, out } = await verify("audit.json", "--json", "--lang", "en");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      ok: true,
      count: exported.entries.length,
      first: exported.entries[0]?.at,
      last: exported.entries.at(-1)?.at,
      lastHash: exported.entries.at(-1)?.hash,
      break: null,
    });
    const text = await verify("audit.json", "--lang", "en");
    expect(text.out).toContain("Chain valid.");
  });

  it("When one entry's reason is edited, then verification fails naming that entry as edited", async () => {
    const file = tampered("edited.json", (es) =>
      es.map((e) => (e.seq === 3 ? { ...e, reason: "sửa lén / edited" } : e)),
    );
    const { code, out } = await verify(file);
    expect(code).toBe(1);
    expect(out).toContain("Chuỗi bị phá vỡ: mục số 3 đã bị sửa");
    expect(JSON.parse((await verify(file, "--json")).out).break).toEqual({ seq: 3, kind: "edited" });
  });

  it("When one entry is removed, then verification fails naming the removed entry", async () => {
    const file = tampered("removed.json", (es) => es.filter((e) => e.seq !== 4));
    const { code, out } = await verify(file, "--lang", "en");
    expect(code).toBe(1);
    expect(out).toContain("Chain broken: entry 4 was removed.");
  });

  it("When two entries swap places, then verification names the first changed entry, or the next one if they were re-signed", async () => {
    const swap = (es: AuditEntry[], sign: boolean) =>
      es.map((e) => {
        const other = es.find((o) => o.seq === (e.seq === 5 ? 6 : 5));
        if ((e.seq !== 5 && e.seq !== 6) || other === undefined) return e;
        const moved = { ...other, seq: e.seq, prevHash: e.prevHash };
        return sign ? rehash(moved) : moved;
      });
    const plain = await verify(tampered("swapped.json", (es) => swap(es, false)));
    expect(plain.code).toBe(1);
    expect(plain.out).toContain("mục số 5 đã bị sửa");
    const signed = await verify(
      tampered("swapped-signed.json", (es) => swap(es, true)),
      "--json",
    );
    expect(signed.code).toBe(1);
    expect(JSON.parse(signed.out).break).toEqual({ seq: 6, kind: "relinked" });
  });

  it("When the export came in pages, then all pages together verify and a missing last page is named", async () => {
    const board = keyOf(api, "board", null);
    const first = await callApi(api, "GET", "audit/export?limit=4", { key: board });
    const rest = await callApi(api, "GET", `audit/export?after=${first.body.next}`, { key: board });
    writeFileSync(join(work, "page1.json"), JSON.stringify(first.body));
    writeFileSync(join(work, "page2.json"), JSON.stringify(rest.body));
    expect((await verify("page1.json", "page2.json")).code).toBe(0);
    const alone = await verify("page1.json");
    expect(alone.code).toBe(1);
    expect(alone.err).toContain("Thiếu trang tiếp theo: hãy xuất thêm với ?after=4");
  });

  it("When the file is not an audit export or is missing, then it says so and exits 1; without a file, 2", async () => {
    writeFileSync(join(work, "other.json"), JSON.stringify({ format: "thidua-audit/9", entries: [] }));
    const other = await verify("other.json");
    expect(other.code).toBe(1);
    expect(other.err).toContain("other.json: không phải nhật ký xuất theo định dạng thidua-audit/1");
    const missing = await verify("nowhere.json", "--lang", "en");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nowhere.json: no such file.");
    expect((await verify()).code).toBe(2);
  });
});
