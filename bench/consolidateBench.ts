// `npm run bench consolidate`: consolidating 500 filled scoring workbooks (50 blocs × 10 units, the 300-criterion
// table) with `thidua consolidate`, one command per bloc as a leader runs it, against LibreOffice merely opening,
// recalculating and saving the same 500 files. Both sides' outputs are counted; no ratio unless the counts agree.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { main } from "../cli/main";
import { writeXlsxBuffer } from "../cli/xlsx/renderXlsx";
import type { RankingInputs } from "../core/ranking";
import { scoringSheetPlan } from "../core/sheets";
import { parseTemplate } from "../core/template";
import { findSoffice, recalcProfile } from "../test/helpers/libreOffice";
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";
import { benchTemplate } from "./benchTemplate";
import { benchInputs, randomReturns } from "./blocFixture";
import type { Work } from "./sameWork";
import { describeWork, ratioCell } from "./sameWork";

const ROOT = join(__dirname, "..");

/** Opens, recalculates and saves `files` into `outDir`; the bench counts what lands there. */
export type Recalculate = (files: readonly string[], outDir: string) => void;

export interface ConsolidateOptions {
  readonly blocs: number;
  readonly units: number;
  readonly criteria: number;
  /** The LibreOffice side; undefined: soffice in batches of `batch` files, or "n/a" when it is not installed. */
  readonly recalculate?: Recalculate;
  readonly batch: number;
}

const REAL: ConsolidateOptions = { blocs: 50, units: 10, criteria: 300, batch: 100 };

/** One bloc's files on disk: its table, its year-end files and its members' filled workbooks. */
interface BlocFiles {
  readonly template: string;
  readonly yearEnd: string[];
  readonly workbooks: string[];
}

/** Writes every bloc's table, year-end files and one clean filled workbook per member into `dir`. */
async function writeBlocs(dir: string, options: ConsolidateOptions): Promise<BlocFiles[]> {
  const blocs: BlocFiles[] = [];
  for (let b = 0; b < options.blocs; b++) {
    const input = benchTemplate(`khoi-${b + 1}`, { units: options.units, criteria: options.criteria });
    const parsed = parseTemplate(input);
    if (!parsed.ok) throw new Error("bench table invalid");
    const compiled = parsed.compiled;
    const at = join(dir, `khoi-${b + 1}`);
    mkdirSync(at);
    const template = join(at, "template.json");
    writeFileSync(template, JSON.stringify(input));
    const inputs: RankingInputs = benchInputs(compiled, 20191215 + b);
    const files = {
      reviews: inputs.reviews,
      votes: inputs.votes,
      history: inputs.history,
      flags: inputs.eligibility,
    };
    const yearEnd = Object.entries(files).flatMap(([flag, content]) => {
      const file = join(at, `${flag}.json`);
      writeFileSync(file, JSON.stringify(content));
      return [`--${flag}`, file];
    });
    const workbooks: string[] = [];
    for (const ret of randomReturns(compiled, 20221205 + b, true)) {
      const file = join(at, `${ret.unitId}.xlsx`);
      writeFileSync(file, await writeXlsxBuffer(scoringSheetPlan(compiled, ret.unitId, { ret })));
      workbooks.push(file);
    }
    blocs.push({ template, yearEnd, workbooks });
  }
  return blocs;
}

function consolidateArgs(bloc: BlocFiles, out: string): string[] {
  return ["consolidate", bloc.template, ...bloc.workbooks, ...bloc.yearEnd, "-o", out, "--lang", "en"];
}

/** Files of the blocs whose command exited 0 and wrote its ranking workbook (exit 0: every file read, no problem). */
function countConsolidated(
  blocs: readonly BlocFiles[],
  results: readonly { status: number; out: string }[],
): Work {
  const ok = blocs.filter((_, i) => results[i]!.status === 0 && existsSync(results[i]!.out));
  return { files: ok.reduce((n, b) => n + b.workbooks.length, 0) };
}

/** soffice --convert-to xlsx in batches (one call stops after ≈ 246 file arguments yet exits 0), one profile. */
export function sofficeBatches(soffice: string, batch: number): Recalculate {
  return (files, outDir) => {
    const profile = recalcProfile();
    for (let i = 0; i < files.length; i += batch) {
      execFileSync(
        soffice,
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${profile}`,
          "--convert-to",
          "xlsx",
          "--outdir",
          outDir,
          ...files.slice(i, i + batch),
        ],
        { stdio: "pipe", timeout: 1_200_000 },
      );
    }
    rmSync(profile, { recursive: true, force: true });
  };
}

/** A timed side of the comparison: its milliseconds and what it processed. */
type Side = { ms: number; work: Work };

/** thidua as a leader runs it: one `node bin/thidua.js consolidate` process per bloc. */
function consolidateInProcesses(blocs: readonly BlocFiles[], dir: string): Side & { failure?: string } {
  const start = performance.now();
  const runs = blocs.map((bloc, i) => {
    const out = join(dir, `xep-hang-${i + 1}.xlsx`);
    const child = spawnSync(process.execPath, ["bin/thidua.js", ...consolidateArgs(bloc, out)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return { status: child.status ?? -1, out, said: `${child.stdout}${child.stderr}` };
  });
  const ms = performance.now() - start;
  const failed = runs.find((r) => r.status !== 0);
  const failure = failed && `exit ${failed.status}: ${failed.said.replace(/\s+/g, " ").slice(-300)}`;
  return { ms, work: countConsolidated(blocs, runs), ...(failure ? { failure } : {}) };
}

/** The same commands through cli/main in this process: what start-up costs, by difference. */
async function consolidateInOneProcess(blocs: readonly BlocFiles[], dir: string): Promise<Side> {
  const sink = { write: () => true };
  const start = performance.now();
  const runs: { status: number; out: string }[] = [];
  for (const [i, bloc] of blocs.entries()) {
    const out = join(dir, `xep-hang-${i + 1}-in-process.xlsx`);
    runs.push({
      status: await main(consolidateArgs(bloc, out), { stdout: sink, stderr: sink, cwd: ROOT }),
      out,
    });
  }
  return { ms: performance.now() - start, work: countConsolidated(blocs, runs) };
}

/** Times `recalculate` over every file and counts the outputs that landed under the inputs' names. */
function recalculateAndCount(files: readonly string[], dir: string, recalculate: Recalculate): Side {
  const outDir = join(dir, "recalculated");
  mkdirSync(outDir);
  const start = performance.now();
  recalculate(files, outDir);
  const ms = performance.now() - start;
  const names = new Set(files.map((f) => basename(f)));
  return { ms, work: { files: readdirSync(outDir).filter((f) => names.has(f)).length } };
}

/** The consolidation table. */
export async function measureConsolidate(options: ConsolidateOptions = REAL): Promise<BenchTable> {
  const load = loadNow();
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  try {
    const tGen = performance.now();
    const blocs = await writeBlocs(dir, options);
    const genMs = performance.now() - tGen;
    const all = blocs.flatMap((b) => b.workbooks);
    const thidua = consolidateInProcesses(blocs, dir);
    const inside = await consolidateInOneProcess(blocs, dir);
    const soffice = options.recalculate === undefined ? findSoffice() : undefined;
    const recalculate = options.recalculate ?? (soffice ? sofficeBatches(soffice, options.batch) : undefined);
    const office = recalculate && recalculateAndCount(all, dir, recalculate);

    const cells = (side: Side) => [
      describeWork(side.work),
      side.ms.toFixed(0),
      (side.work.files ?? 0) > 0 ? (side.ms / side.work.files!).toFixed(1) : "—",
    ];
    const officeWhat =
      options.recalculate === undefined
        ? `LibreOffice: open + recalculate + save the same files (${Math.ceil(all.length / options.batch)} soffice calls of ≤ ${options.batch})`
        : "recalculation given by the caller";
    return finishTable(
      `Consolidating ${all.length} filled workbooks (${options.blocs} blocs × ${options.units} units, ${options.criteria} criteria)`,
      ["what", "work done", "ms", "ms per file", "× thidua"],
      [
        [
          `thidua consolidate, ${blocs.length} commands (one per bloc, child processes)`,
          ...cells(thidua),
          "1.00×",
        ],
        [
          "· the same commands in one process (cli/main: no start-up)",
          ...cells(inside),
          ratioCell(inside, thidua),
        ],
        office === undefined
          ? [officeWhat, "n/a", "n/a", "", "n/a: soffice is not installed (command -v soffice found nothing)"]
          : [officeWhat, ...cells(office), ratioCell(office, thidua)],
      ],
      [
        "thidua reads each workbook, checks it, scores and ranks the bloc with its reviews, votes, history and flags, and writes the ranking workbook; a bloc counts when its command exits 0 (every file read, no problem) and the workbook exists.",
        "LibreOffice only opens, recalculates (OOXMLRecalcMode = always) and saves each file: the work a spreadsheet-only leader pays before any checking. Its outputs are counted in the output directory.",
        `Generating the ${all.length} workbooks took ${(genMs / 1000).toFixed(1)} s (not counted).`,
        ...(thidua.failure ? [`A command failed (${thidua.failure})`] : []),
      ],
      load,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchTable[]> {
  return [await measureConsolidate()];
}
