// `npm run bench pane`: the task pane's initial JavaScript in a production webpack build (what Excel downloads
// before the pane can run), raw and gzipped, against the 150 KB gzipped budget. Builds into a temporary directory.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";

const ROOT = join(__dirname, "..");
const BUDGET_GZIP_KB = 150;

/** One emitted file an entry point loads first, with its size as built and gzipped. */
export interface InitialAsset {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
}

type Stats = {
  errorsCount?: number;
  entrypoints?: Record<string, { assets?: { name: string }[] }>;
};

/**
 * The initial JS of every entry point in webpack's stats (`--json`), read from the output directory: the files an
 * entry loads before anything runs. Throws when the stats list a file the directory does not have.
 */
export function initialAssets(stats: Stats, outputDir: string): InitialAsset[] {
  const names = new Set(
    Object.values(stats.entrypoints ?? {})
      .flatMap((e) => e.assets ?? [])
      .map((a) => a.name)
      .filter((name) => name.endsWith(".js")),
  );
  return [...names].sort().map((name) => {
    const bytes = readFileSync(join(outputDir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** The pane table. */
export function measurePane(): BenchTable {
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
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const total = {
      raw: assets.reduce((n, a) => n + a.raw, 0),
      gzip: assets.reduce((n, a) => n + a.gzip, 0),
    };
    return finishTable(
      "The task pane: initial JS of the production build",
      ["file", "raw KB", "gzip KB"],
      [
        ...assets.map((a) => [a.name, kb(a.raw), kb(a.gzip)]),
        ["all initial JS", kb(total.raw), kb(total.gzip)],
      ],
      [
        `\`webpack --mode production\` (webpack.config.js as it is) into a temporary directory, built in ${(buildMs / 1000).toFixed(1)} s; ` +
          "initial JS = the .js files webpack lists for the entry points; gzip level 9.",
        `Budget ${BUDGET_GZIP_KB} KB gzipped: ${total.gzip / 1024 <= BUDGET_GZIP_KB ? "within" : "OVER"} (${kb(total.gzip)} KB). Office.js itself comes from Microsoft's CDN and is not counted.`,
      ],
      load,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(statsDir, { recursive: true, force: true });
  }
}

export function run(): BenchTable[] {
  return [measurePane()];
}
