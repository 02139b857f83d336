// The `thidua` command as one plain-JS file: `node scripts/cliBundle.cjs` (also `npm run build:cli`, and `prepare`,
// which `npm ci` runs). bin/thidua.js runs the bundle and rebuilds it first when a source is newer, so a stale
// bundle never runs old code in a working copy; the tests call cli/main.ts through ts-jest and never see it.
const { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { dirname, join, resolve } = require("node:path");

const root = resolve(__dirname, "..");
/** Two folders deep, like cli/main.ts, so `__dirname/../..` is still the repository (demo reads templates/). */
const bundle = join(root, "dist", "cli", "thidua.cjs");
const sources = ["cli", "core", "package.json", "scripts/cliBundle.cjs"].map((source) => join(root, source));
/** Loaded on first use by cli/xlsx/loadExcelJs.ts, from node_modules: `--help` and `rank` never pay for them. */
const external = ["exceljs", "jszip"];

/**
 * Builds the bundle; throws with esbuild's message when the sources do not build. Written beside it and renamed,
 * so a second `thidua` started meanwhile (parallel test suites) reads the old bundle or the new one, never half.
 */
function buildCli() {
  const [output] = require("esbuild").buildSync({
    entryPoints: [join(root, "cli", "run.ts")],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow; its "module" build is plain ESM.
    mainFields: ["module", "main"],
    external,
    logLevel: "warning",
    legalComments: "none",
  }).outputFiles;
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, bundle);
  return bundle;
}

/** The newest modification time (ms) of a file or of any file under a folder. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** True when the bundle is missing or older than any of its sources (files or folders). */
function isStale(target = bundle, from = sources) {
  const built = statSync(target, { throwIfNoEntry: false });
  if (!built) return true;
  return from.some((source) => newest(source) > built.mtimeMs);
}

/**
 * The bundle's path, rebuilt first when stale. Where esbuild is not installed (production install), an existing
 * bundle is run as it is.
 */
function freshBundle() {
  if (!isStale()) return bundle;
  try {
    require.resolve("esbuild");
  } catch {
    return bundle;
  }
  return buildCli();
}

module.exports = { bundle, buildCli, isStale, freshBundle };

if (require.main === module) {
  buildCli();
  process.stdout.write(`${bundle}\n`);
}
