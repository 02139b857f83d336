// `npm run bench pane`: the task pane's JavaScript in a production webpack build, raw and gzipped: the initial files
// (what Excel downloads before the pane can run), against the 150 KB gzipped budget, and the lazy chunks (core's
// rules in core.js, fetched when a table is picked); then that build's time to interactive in Chromium beside a
// page that loads only office.js. Builds into a temporary directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";
import { formatTiming } from "./measure";
import { CHROMIUM, measurePaneStart } from "./paneStart";

const ROOT = join(__dirname, "..");
const BUDGET_GZIP_KB = 150;
const INTERACTIVE_TARGET_MS = 500;
const START_RUNS = 9;

/** One emitted file an entry point loads first, with its size as built and gzipped. */
export interface InitialAsset {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
}

type ChunkGroups = Record<string, { assets?: { name: string }[] }>;
type Stats = {
  errorsCount?: number;
  entrypoints?: ChunkGroups;
  /** Every named chunk group: the entry points and the chunks named in an import() (e.g. "core"). */
  namedChunkGroups?: ChunkGroups;
};

const jsOf = (groups: ChunkGroups | undefined): Set<string> =>
  new Set(
    Object.values(groups ?? {})
      .flatMap((g) => g.assets ?? [])
      .map((a) => a.name)
      .filter((name) => name.endsWith(".js")),
  );

function measured(names: Iterable<string>, outputDir: string): InitialAsset[] {
  return [...names].sort().map((name) => {
    const bytes = readFileSync(join(outputDir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/**
 * The initial JS of every entry point in webpack's stats (`--json`), read from the output directory: the files an
 * entry loads before anything runs. Throws when the stats list a file the directory does not have.
 */
export function initialAssets(stats: Stats, outputDir: string): InitialAsset[] {
  return measured(jsOf(stats.entrypoints), outputDir);
}

/** The JS of the named lazy chunks (named chunk groups that are not entry points), read from the output directory. */
export function lazyAssets(stats: Stats, outputDir: string): InitialAsset[] {
  const initial = jsOf(stats.entrypoints);
  return measured(
    [...jsOf(stats.namedChunkGroups)].filter((name) => !initial.has(name)),
    outputDir,
  );
}

/** The pane's tables: its JS, then its start in the browser. */
export async function measurePane(): Promise<BenchTable[]> {
  const load = loadNow();
  const out = mkdtempSync(join(tmpdir(), "thidua-pane-"));
  const statsDir = mkdtempSync(join(tmpdir(), "thidua-pane-stats-"));
  try {
    const statsFile = join(statsDir, "stats.json");
    const webpack = require.resolve("webpack-cli/bin/cli.js");
    const start = performance.now();
    const build = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--output-path", out, "--json", statsFile],
      { cwd: ROOT, encoding: "utf8" },
    );
    const buildMs = performance.now() - start;
    const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
    if (build.status !== 0 || (stats.errorsCount ?? 0) > 0)
      throw new Error(`webpack build failed (exit ${build.status}, ${stats.errorsCount ?? "?"} errors)`);
    const assets = initialAssets(stats, out);
    const lazy = lazyAssets(stats, out);
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const sum = (list: InitialAsset[]) => ({
      raw: list.reduce((n, a) => n + a.raw, 0),
      gzip: list.reduce((n, a) => n + a.gzip, 0),
    });
    const total = sum(assets);
    const lazyTotal = sum(lazy);
    const size = finishTable(
      "The task pane: initial and lazy JS of the production build",
      ["file", "loaded", "raw KB", "gzip KB"],
      [
        ...assets.map((a) => [a.name, "first", kb(a.raw), kb(a.gzip)]),
        ["all initial JS", "first", kb(total.raw), kb(total.gzip)],
        ...lazy.map((a) => [a.name, "later (import())", kb(a.raw), kb(a.gzip)]),
        ["all lazy JS", "later (import())", kb(lazyTotal.raw), kb(lazyTotal.gzip)],
      ],
      [
        `\`webpack --mode production\` (webpack.config.js as it is) into a temporary directory, built in ${(buildMs / 1000).toFixed(1)} s; ` +
          "initial JS = the .js files webpack lists for the entry points; lazy JS = the other named chunk groups " +
          "(import() in src-taskpane/ui/mountPane.ts); gzip level 9.",
        `Budget ${BUDGET_GZIP_KB} KB gzipped: ${total.gzip / 1024 <= BUDGET_GZIP_KB ? "within" : "OVER"} (${kb(total.gzip)} KB). Office.js itself comes from Microsoft's CDN and is not counted.`,
      ],
      load,
    );
    return [size, await startTable(out)];
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(statsDir, { recursive: true, force: true });
  }
}

/** The built pane's time to interactive in Chromium, beside the office.js-only page. */
async function startTable(buildDir: string): Promise<BenchTable> {
  const load = loadNow();
  const title = "The task pane's start: production build to interactive in Chromium (320 px, cold context)";
  if (!existsSync(CHROMIUM))
    return finishTable(title, ["page", "ms"], [], [`${CHROMIUM} is missing: not measured.`], load);
  const { pane, baseline } = await measurePaneStart(buildDir, START_RUNS);
  return finishTable(
    title,
    ["page", "to interactive, ms median (min–max)", "runs"],
    [
      ["the pane (taskpane.html)", formatTiming(pane), String(pane.runs)],
      ["baseline: office.js + 5 options", formatTiming(baseline), String(baseline.runs)],
      ["the pane's own share (median difference)", (pane.median - baseline.median).toFixed(0), ""],
    ],
    [
      "Interactive = the table picker offers the sample tables (`#table` has options), read as `performance.now()` " +
        "in the page; served over loopback http from the build directory; office.js from the npm package in " +
        "place of Microsoft's CDN (routed by the browser); a fresh browser context per load (nothing cached); " +
        "one warm-up each, then pane and baseline alternate.",
      `Target ${INTERACTIVE_TARGET_MS} ms: ${pane.median <= INTERACTIVE_TARGET_MS ? "within" : "OVER"} (median ${pane.median.toFixed(0)} ms). ` +
        "Inside Excel the host's own start comes on top and is not ours to measure here.",
    ],
    load,
  );
}

export function run(): Promise<BenchTable[]> {
  return measurePane();
}
