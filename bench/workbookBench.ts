// Workbook benchmark (`npm run bench workbook`): Office.js sync counts and request sizes (in-memory Excel fake),
// .xlsx write/read of a 300-criterion scoring sheet with ExcelJS, and consolidating 500 filled
// workbooks beside ONE headless LibreOffice call that merely opens and recalculates the same 500 files.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReturnWorkbook } from "../cli/xlsx/readReturnWorkbook";
import { readXlsx } from "../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../cli/xlsx/renderXlsx";
import { rankBloc, selfScores, usableReturns } from "../core/ranking/rankBloc";
import type { UnitReturn } from "../core/returns/returnSchema";
import { rankingWorkbookPlan } from "../core/sheets/rankingWorkbookPlan";
import { scoringSheetPlan } from "../core/sheets/scoringSheetPlan";
import type { SheetPlan } from "../core/sheets/sheetPlan";
import type { CompiledTemplate } from "../core/template/compileTemplate";
import { parseTemplate } from "../core/template/parseTemplate";
import type { TemplateInput } from "../core/template/templateSchema";
import { applySheetPlan } from "../src-taskpane/excel/applySheetPlan";
import { readSheetGrids } from "../src-taskpane/excel/readSheetGrid";
import { bigTemplate } from "../test/helpers/bigTemplate";
import { FakeContext } from "../test/helpers/fakeExcel";
import { findSoffice, sofficeConvert } from "../test/helpers/libreOffice";
import { randomReturn } from "../test/helpers/randomReturn";
import { seededRandom } from "../test/helpers/seededRandom";

const RUNS = 5;
const BLOCS = 5;
const UNITS_PER_BLOC = 100;

function compile(input: unknown): CompiledTemplate {
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems).slice(0, 500));
  return parsed.compiled;
}

async function median(run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

const ms = (v: number) => v.toFixed(1);
const kb = (v: number) => (v / 1024).toFixed(1);

function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join("  "),
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

export async function run(): Promise<void> {
  const big = compile(bigTemplate(300));
  const unit = big.template.members[0]?.id ?? "";
  const ret = randomReturn(big, unit, seededRandom(300), true);
  const plan = scoringSheetPlan(big, unit, { ret });
  const main = plan.sheets[0] as SheetPlan;
  console.log(
    `Scoring sheet: ${big.scorable.length} criteria and items, ${main.cells.length} rows × ${main.columns.length} columns`,
  );

  // 1. Office.js against the fake: syncs and request payloads.
  const context = new FakeContext();
  const stats = await applySheetPlan(context.asExcel(), plan);
  const writeBytes = [...context.requestBytes];
  context.resetCounters();
  await readSheetGrids(context.asExcel(), [main.name, "_thidua"]);
  table([
    [
      "Office.js action (300 criteria)",
      "syncs",
      "request KB (each sync)",
      "largest request KB",
      "response KB",
    ],
    [
      "applySheetPlan (write)",
      String(stats.syncs),
      writeBytes.map(kb).join(" + "),
      kb(Math.max(...writeBytes)),
      "-",
    ],
    [
      "readSheetGrids (read back)",
      String(context.syncCount),
      context.requestBytes.map(kb).join(" + "),
      kb(Math.max(...context.requestBytes)),
      kb(context.responseBytes.reduce((a, b) => a + b, 0)),
    ],
  ]);
  console.log("");

  // 2. .xlsx write and read with ExcelJS (SheetJS was dropped: its last npm build has known advisories).
  const exceljsBuffer = await writeXlsxBuffer(plan);
  const ejWrite = await median(() => writeXlsxBuffer(plan));
  const ejRead = await median(() => readXlsx(exceljsBuffer));
  table([
    [".xlsx, 300 criteria (median of 5)", "write ms", "read ms", "file KB"],
    ["ExcelJS 4.4.0", ms(ejWrite), ms(ejRead), kb(exceljsBuffer.length)],
  ]);
  console.log("");

  // 3. Consolidating 500 returns (5 blocs × 100 units) vs one soffice call opening + recalculating the same files.
  const sample = JSON.parse(
    readFileSync(join(__dirname, "..", "templates", "ha-giang-khoi-noi-chinh-2022.json"), "utf8"),
  ) as TemplateInput;
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const blocs: { compiled: CompiledTemplate; files: string[] }[] = [];
  const rand = seededRandom(500);
  const tGen = performance.now();
  for (let b = 0; b < BLOCS; b++) {
    const members = Array.from({ length: UNITS_PER_BLOC }, (_, i) => ({
      id: `don-vi-${b}-${i}`,
      name: `Đơn vị ${i + 1} khối ${b + 1}`,
    }));
    const compiled = compile({
      ...structuredClone(sample),
      id: `mau-khoi-${b}`,
      members,
      leader: undefined,
      deputy: undefined,
      ranking: undefined,
    });
    const files: string[] = [];
    for (const m of members) {
      const r = randomReturn(compiled, m.id, rand, true);
      const file = join(dir, `${m.id}.xlsx`);
      writeFileSync(file, await writeXlsxBuffer(scoringSheetPlan(compiled, m.id, { ret: r })));
      files.push(file);
    }
    blocs.push({ compiled, files });
  }
  const genMs = performance.now() - tGen;
  const t0 = performance.now();
  let ranked = 0;
  for (const bloc of blocs) {
    const returns: UnitReturn[] = [];
    for (const file of bloc.files) {
      const read = await readReturnWorkbook(bloc.compiled, file, dir);
      if (read.ok) returns.push(read.return);
    }
    const result = rankBloc(bloc.compiled, returns);
    const usable = usableReturns(bloc.compiled, returns, {});
    const self = selfScores(bloc.compiled, usable.returns, usable.problemsByReturn, {});
    writeFileSync(
      join(dir, `xep-hang-${bloc.compiled.template.id}.xlsx`),
      await writeXlsxBuffer(rankingWorkbookPlan(bloc.compiled, self, result)),
    );
    ranked += result.units.filter((u) => u.rank !== null).length;
  }
  const consolidateMs = performance.now() - t0;
  const soffice = findSoffice();
  let sofficeMs = NaN;
  if (soffice) {
    const outDir = join(dir, "recalc");
    mkdirSync(outDir);
    const t1 = performance.now();
    sofficeConvert(
      soffice,
      blocs.flatMap((b) => b.files),
      "xlsx",
      outDir,
    );
    sofficeMs = performance.now() - t1;
  }
  const criteria = blocs[0]?.compiled.scorable.length ?? 0;
  table([
    [
      `Consolidating ${BLOCS * UNITS_PER_BLOC} workbooks (${criteria} criteria each)`,
      "ms",
      "per file ms",
      "ratio",
    ],
    [
      "thidua: read + check + rank + write ranking workbooks",
      ms(consolidateMs),
      ms(consolidateMs / (BLOCS * UNITS_PER_BLOC)),
      "1.00",
    ],
    [
      "LibreOffice: one call, open + recalculate + save the same files",
      soffice ? ms(sofficeMs) : "n/a (no soffice)",
      soffice ? ms(sofficeMs / (BLOCS * UNITS_PER_BLOC)) : "",
      soffice ? (sofficeMs / consolidateMs).toFixed(2) : "",
    ],
  ]);
  console.log(
    `(${ranked} units ranked; generating the ${BLOCS * UNITS_PER_BLOC} workbooks took ${ms(genMs)} ms, not counted)`,
  );
}
