// API benchmark (`npm run bench api`): submit (PUT a return) and consolidation (GET a period's returns) over the local
// host + Azurite at a province's scale (30 blocs × 8–15 units on the sample table, and one 12-unit bloc on a
// 300-criterion table), each beside plain baselines of the same run and the same work; then the Functions
// production bundle's size and cold import time. The host runs in this process, so client and server share a core.
// One file over ~250 lines because the setup, the three baselines and the guards only make sense together.
import { TableClient } from "@azure/data-tables";
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { StoredReturn } from "../core/api";
import { StoredReturnSchema } from "../core/api";
import { stateHash } from "../core/audit";
import { blocHistory } from "../core/history";
import type { UnitReturn } from "../core/returns";
import { UnitReturnSchema } from "../core/returns";
import type { CompiledTemplate } from "../core/template";
import { parseTemplate } from "../core/template";
import type { LocalApi } from "../functions/src/local/startLocalApi";
import { startLocalApi } from "../functions/src/local/startLocalApi";
import { ConfigSchema } from "../functions/src/config";
import { makeServices } from "../functions/src/services";
import { toEntity } from "../functions/src/storage/entityChunks";
import { appendAudit } from "../functions/src/useCases/appendAudit";
import { recomputeReturn } from "../functions/src/useCases/recomputeReturn";
import { bigTemplate } from "../test/helpers/bigTemplate";
import { randomReturn } from "../test/helpers/randomReturn";
import { seededRandom } from "../test/helpers/seededRandom";

const ROOT = join(__dirname, "..");
const BLOCS = 30;
const IN_FLIGHT = 8;
const CONSOLIDATIONS_PER_BLOC = 4;
const BIG_UNITS = 12;
const BIG_ROUNDS = 8;
const BIG_CONSOLIDATIONS = 40;
const IMPORT_RUNS = 7;

/** One bloc as the bench set it up through the API: its table compiled here, its period and a key per unit. */
type Bloc = {
  template: Record<string, unknown>;
  compiled: CompiledTemplate;
  periodId: string;
  keys: Map<string, string>;
};
/** Per-request times (ms) and the wall time of the whole batch. */
type Timing = { times: number[]; wallMs: number };

async function call(api: LocalApi, key: string, method: string, path: string, body?: unknown, headers = {}) {
  const res = await fetch(`${api.url}/api/${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  return { status: res.status, json };
}

/** Sets a bloc up through the board's routes (bloc, template, period, one member key per unit). */
async function createBloc(api: LocalApi, board: string, template: Record<string, unknown>): Promise<Bloc> {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`bench template: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const t = parsed.compiled.template;
  const must = async (p: Promise<{ status: number; json: Record<string, unknown> }>) => {
    const r = await p;
    if (r.status >= 300) throw new Error(`setup: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  };
  const blocId = t.identity.bloc.id;
  const bloc = { name: t.identity.bloc.name, province: "Tỉnh đo tải", kind: "bloc", terms: [] };
  await must(call(api, board, "PUT", `blocs/${blocId}`, bloc));
  await must(call(api, board, "POST", "templates", template));
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const period = await must(call(api, board, "POST", "periods", { blocId, templateId: t.id, deadline }));
  const periodId = period.periodId as string;
  const keys = new Map<string, string>();
  for (const m of t.members) {
    const body = { role: "member", blocId, unitId: m.id, periodId, year: null, expiresAt: deadline };
    keys.set(m.id, (await must(call(api, board, "POST", "keys", body))).key as string);
  }
  return { template, compiled: parsed.compiled, periodId, keys };
}

const members = (n: number) =>
  Array.from({ length: n }, (_, k) => ({ id: `don-vi-${k + 1}`, name: `Đơn vị số ${k + 1}` }));

/** Bloc n of the province: the Hà Giang sample table, its 8 members plus 0–7 more (8–15 units). */
function provinceTemplate(n: number): Record<string, unknown> {
  const raw = JSON.parse(
    readFileSync(join(ROOT, "templates/ha-giang-khoi-noi-chinh-2022.json"), "utf8"),
  ) as Record<string, unknown> & { identity: { bloc: Record<string, unknown> }; members: unknown[] };
  const blocId = `bench-khoi-${String(n).padStart(2, "0")}`;
  raw.identity.bloc = { ...raw.identity.bloc, id: blocId, name: `Khối đo tải số ${n}` };
  const extra = members(8 + ((n - 1) % 8)).slice(raw.members.length);
  return { ...raw, id: `${blocId}-2022`, members: [...raw.members, ...extra] };
}

/** The 300-criterion table (test/helpers/bigTemplate) for a bloc of 12. */
function bigBlocTemplate(): Record<string, unknown> {
  const t = bigTemplate(300) as unknown as Record<string, unknown> & { identity: Record<string, unknown> };
  const identity = { ...t.identity, bloc: { id: "bench-khoi-300", name: "Khối đo tải 300 tiêu chí" } };
  const m = members(BIG_UNITS);
  return { ...t, id: "bench-khoi-300-2022", identity, members: m, leader: m[0]!.id, deputy: m[1]!.id };
}

/** Runs `fn` over `items` with at most `inFlight` at once, timing each call and the whole batch. */
async function timed<T>(
  items: readonly T[],
  inFlight: number,
  fn: (item: T) => Promise<void>,
): Promise<Timing> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const t0 = performance.now();
      await fn(item);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return { times, wallMs: performance.now() - started };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Refuses to compare two sides that did not do the same amount of work. */
function sameWork(what: string, api: number, baseline: number): void {
  if (api !== baseline)
    throw new Error(`${what}: the API did ${api}, the baseline ${baseline}; no ratio printed`);
}

type Submit = { bloc: Bloc; unitId: string; body: UnitReturn; key: string };

function submissions(blocs: readonly Bloc[], seed: number, round = 0): Submit[] {
  return blocs.flatMap((bloc) =>
    [...bloc.keys].map(([unitId, key], i) => ({
      bloc,
      unitId,
      key,
      body: randomReturn(bloc.compiled, unitId, seededRandom(seed + 1000 * round + i), true),
    })),
  );
}

/** Every request must be answered `status`; the bench counts them. */
async function sendAll(api: LocalApi, items: readonly Submit[], tag: string): Promise<Timing> {
  let refused = 0;
  const timing = await timed(items, IN_FLIGHT, async (s) => {
    const path = `periods/${s.bloc.periodId}/returns/${s.unitId}`;
    const r = await call(api, s.key, "PUT", path, s.body, { "idempotency-key": `${tag}-${s.unitId}` });
    if (r.status !== 201) refused++;
  });
  if (refused > 0) throw new Error(`${refused} of ${items.length} submissions were not stored (201)`);
  return timing;
}

/**
 * The baseline of the handler's core work, no HTTP and no storage: the stored table parsed and compiled (loadPeriod
 * does it per request), the body parsed and hashed, history derived, the return recomputed.
 */
async function coreOnly(items: readonly Submit[]): Promise<Timing> {
  return timed(items, 1, async (s) => {
    const parsed = parseTemplate(JSON.parse(JSON.stringify(s.bloc.template)));
    if (!parsed.ok) throw new Error("bench template no longer parses");
    const body = UnitReturnSchema.parse(JSON.parse(JSON.stringify(s.body)));
    stateHash(body);
    const history = blocHistory(undefined, [], parsed.compiled.template.identity.year);
    recomputeReturn(parsed.compiled, body, history);
  });
}

/** The audit log's share: one append per submission (the chain is one partition, so appends queue). */
async function auditOnly(api: LocalApi, count: number): Promise<Timing> {
  const services = makeServices(api.store, ConfigSchema.parse({ storage: api.connectionString }));
  const actor = {
    actor: "key:bench",
    role: "board",
    blocId: null,
    unitId: null,
    periodId: null,
    year: null,
  } as const;
  return timed(
    Array.from({ length: count }, (_, i) => i),
    IN_FLIGHT,
    (i) => appendAudit(services, actor, { action: "bench.append", blocId: null, after: { i } }),
  );
}

/** The storage baseline: the same stored entity created and read back with the SDK, nothing else. */
async function rawStorage(raw: TableClient, stored: readonly StoredReturn[], tag: string): Promise<Timing> {
  return timed(stored, IN_FLIGHT, async (r) => {
    const rowKey = `${tag}~${r.unitId}~${r.version}`;
    await raw.createEntity(
      toEntity(StoredReturnSchema, { partitionKey: r.periodId, rowKey }, r, { kind: "current" }),
    );
    await raw.getEntity(r.periodId, rowKey);
  });
}

type Row = [string, number, number, Timing, Timing | null];

function row(what: string, count: number, inFlight: number, t: Timing, against: Timing | null): Row {
  return [what, count, inFlight, t, against];
}

function render(title: string, header: string[], rows: string[][], notes: string[], load: number): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (i === 0 ? (cells[i] ?? "").padEnd(w) : (cells[i] ?? "").padStart(w))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  const end = loadavg()[0]!;
  console.log([`### ${title}`, "", line(header), rule, ...rows.map(line), ""].join("\n"));
  for (const n of notes) console.log(`- ${n}`);
  console.log(
    `- Load average (1 min): ${load.toFixed(2)} at the start, ${end.toFixed(2)} at the end, on ${availableParallelism()} cores; ${new Date().toISOString()}.\n`,
  );
}

function latencyRows(rows: Row[]): string[][] {
  return rows.map(([what, count, inFlight, t, against]) => [
    what,
    String(count),
    String(inFlight),
    percentile(t.times, 50).toFixed(1),
    percentile(t.times, 95).toFixed(1),
    ((count / t.wallMs) * 1000).toFixed(0),
    against === null ? "" : (percentile(t.times, 50) / percentile(against.times, 50)).toFixed(1),
  ]);
}

/** Consolidations through the API and the same partition queries straight to the table; returns total rows read. */
async function consolidations(api: LocalApi, board: string, periods: readonly string[]) {
  let viaApi = 0;
  let viaRaw = 0;
  const apiT = await timed(periods, IN_FLIGHT, async (p) => {
    const r = await call(api, board, "GET", `periods/${p}/returns`);
    if (r.status !== 200) throw new Error(`consolidation ${p}: ${r.status}`);
    viaApi += (r.json.returns as unknown[]).length;
  });
  const rawT = await timed(periods, IN_FLIGHT, async (p) => {
    const filter = `PartitionKey eq '${p}' and kind eq 'current'`;
    for await (const _ of api.tables.returns.listEntities({ queryOptions: { filter } })) viaRaw++;
  });
  sameWork("consolidation rows", viaApi, viaRaw);
  return { apiT, rawT, rows: viaApi };
}

/** Builds the production bundle as `npm run api` does (scripts/functionsBundle.mjs), plus a minified variant. */
async function bundleRows(): Promise<{ rows: string[][]; notes: string[] }> {
  const common = {
    bundle: true,
    platform: "node" as const,
    target: "node20",
    format: "cjs" as const,
    logLevel: "warning" as const,
    entryPoints: [join(ROOT, "functions/src/index.ts")],
    // Provided by the Functions host at run time.
    external: ["@azure/functions-core"],
    // As scripts/functionsBundle.mjs: jsonc-parser's UMD "main" cannot be bundled, its ES build can.
    mainFields: ["module", "main"],
  };
  const plain = join(ROOT, "out/bench/functions/index.js");
  const minified = join(ROOT, "out/bench/functions/index.min.js");
  await build({ ...common, sourcemap: true, outfile: plain });
  await build({ ...common, minify: true, outfile: minified });
  const script =
    "const t=performance.now();require(process.argv[1]);process.stdout.write(String(performance.now()-t))";
  const spawnTimed = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`node ${args.join(" ")}: ${r.stderr}`);
    return { wall: performance.now() - t0, out: r.stdout };
  };
  const median = (xs: number[]) => percentile(xs, 50);
  const rows: string[][] = [];
  const empty: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) empty.push(spawnTimed(["-e", ""]).wall);
  rows.push([
    "baseline: `node -e ''` (a fresh process, nothing required)",
    "",
    "",
    "",
    median(empty).toFixed(0),
  ]);
  for (const [what, file] of [
    ["out/bench/functions/index.js, as `npm run api` builds it", plain],
    ["  the same, minified (not what the api branch ships)", minified],
  ] as const) {
    const bytes = readFileSync(file);
    const requireMs: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < IMPORT_RUNS; i++) {
      const r = spawnTimed(["-e", script, file]);
      requireMs.push(Number(r.out));
      wall.push(r.wall);
    }
    rows.push([
      what,
      (bytes.length / 1024).toFixed(0),
      (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0),
      median(requireMs).toFixed(0),
      median(wall).toFixed(0),
    ]);
  }
  const notes = [
    `esbuild: bundle, platform node, target node20, cjs, @azure/functions-core external; median of ${IMPORT_RUNS} fresh \`node\` processes.`,
    "Cold import = `require` of the bundle inside the process (registers every app.http; storage is opened on the first request, not here).",
  ];
  return { rows, notes };
}

/** Submits of one set of blocs through the API, and the same work on the two baselines. */
async function submitRows(api: LocalApi, raw: TableClient, label: string, rounds: Submit[][]) {
  const all = rounds.flat();
  const apiT: Timing = { times: [], wallMs: 0 };
  for (const [r, round] of rounds.entries()) {
    const t = await sendAll(api, round, `${label}-${r}`);
    apiT.times.push(...t.times);
    apiT.wallMs += t.wallMs;
  }
  const units = [...new Set(all.map((s) => `${s.bloc.periodId}/${s.unitId}`))];
  const stored = (
    await Promise.all(units.map((u) => api.store.returns.versions(u.split("/")[0]!, u.split("/")[1]!)))
  ).flat();
  sameWork(`${label}: versions stored`, all.length, stored.length);
  const coreT = await coreOnly(all);
  const rawT = await rawStorage(raw, stored, label);
  const auditT = await auditOnly(api, all.length);
  sameWork(`${label}: raw entities written and read`, apiT.times.length, rawT.times.length);
  sameWork(`${label}: audit appends`, apiT.times.length, auditT.times.length);
  return { count: all.length, apiT, coreT, rawT, auditT };
}

export async function run(): Promise<never[]> {
  const load = loadavg()[0]!;
  const api = await startLocalApi({ repoDir: ROOT, seed: false });
  let rows: Row[];
  let notes: string[];
  try {
    const board = api.keys.find((k) => k.role === "board")!.key;
    const setupStart = performance.now();
    const province = await Promise.all(
      Array.from({ length: BLOCS }, (_, i) => createBloc(api, board, provinceTemplate(i + 1))),
    );
    const big = await createBloc(api, board, bigBlocTemplate());
    const setupMs = performance.now() - setupStart;
    const raw = TableClient.fromConnectionString(api.connectionString, "benchraw", {
      allowInsecureConnection: true,
    });
    await raw.createTable();

    const p = await submitRows(api, raw, "province", [submissions(province, 1)]);
    const pc = await consolidations(
      api,
      board,
      province.flatMap((b) => Array<string>(CONSOLIDATIONS_PER_BLOC).fill(b.periodId)),
    );
    const bigRounds = Array.from({ length: BIG_ROUNDS }, (_, r) => submissions([big], 7, r));
    const b = await submitRows(api, raw, "big", bigRounds);
    const bc = await consolidations(api, board, Array<string>(BIG_CONSOLIDATIONS).fill(big.periodId));

    const units = province.reduce((n, x) => n + x.keys.size, 0);
    const criteria = province[0]!.compiled.scorable.length;
    const bigCriteria = big.compiled.scorable.length;
    rows = [
      row(
        `submit: PUT …/returns/{unit}, ${criteria}-criterion sample table`,
        p.count,
        IN_FLIGHT,
        p.apiT,
        p.rawT,
      ),
      row("  baseline: core work only (table, body, hash, recompute)", p.count, 1, p.coreT, null),
      row("  baseline: raw Azurite create + read of the same entity", p.count, IN_FLIGHT, p.rawT, null),
      row("  its audit share: appendAudit alone, same count", p.count, IN_FLIGHT, p.auditT, null),
      row(
        `consolidation: GET …/returns (${pc.rows} returns read)`,
        pc.apiT.times.length,
        IN_FLIGHT,
        pc.apiT,
        pc.rawT,
      ),
      row("  baseline: the same partition query, raw", pc.rawT.times.length, IN_FLIGHT, pc.rawT, null),
      row(
        `submit, ${bigCriteria}-criterion table (${BIG_ROUNDS} versions × ${BIG_UNITS} units)`,
        b.count,
        IN_FLIGHT,
        b.apiT,
        b.rawT,
      ),
      row("  baseline: core work only", b.count, 1, b.coreT, null),
      row("  baseline: raw Azurite create + read of the same entity", b.count, IN_FLIGHT, b.rawT, null),
      row("  its audit share: appendAudit alone, same count", b.count, IN_FLIGHT, b.auditT, null),
      row(
        `consolidation, ${bigCriteria} criteria (${bc.rows} returns read)`,
        bc.apiT.times.length,
        IN_FLIGHT,
        bc.apiT,
        bc.rawT,
      ),
      row("  baseline: the same partition query, raw", bc.rawT.times.length, IN_FLIGHT, bc.rawT, null),
    ];
    notes = [
      `Province: ${BLOCS} blocs × 8–15 units (${units} units) + one bloc of ${BIG_UNITS} on ${bigCriteria} criteria, set up through the API in ${(setupMs / 1000).toFixed(1)} s; Azurite in memory.`,
      "Work-count guard: versions stored = submissions sent = raw entities written and read; consolidation rows read through the API = rows read raw (checked before printing).",
      "× raw = p50 of the API row ÷ p50 of its raw-storage baseline. The core-work baseline runs one at a time (CPU only); the audit row appends to the same chain the API used.",
    ];
  } finally {
    await api.stop();
  }
  render(
    "API: submit and consolidation over the local host + Azurite",
    ["what", "requests", "in flight", "p50 ms", "p95 ms", "req/s", "p50 × raw"],
    latencyRows(rows),
    notes,
    load,
  );
  const loadBundle = loadavg()[0]!;
  const bundle = await bundleRows();
  render(
    "Functions production bundle",
    ["what", "raw KB", "gzip -9 KB", "require ms (median)", "process wall ms (median)"],
    bundle.rows,
    bundle.notes,
    loadBundle,
  );
  return [];
}
