// `npm run bench workbook`: the scoring sheet of a 300-criterion table through Office.js (sync counts and request
// sizes against the in-memory Excel fake) and through ExcelJS (.xlsx write and read). Consolidating many workbooks
// is `npm run bench consolidate`.
import { readXlsx } from "../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../cli/xlsx/renderXlsx";
import type { SheetPlan } from "../core/sheets";
import { scoringSheetPlan } from "../core/sheets";
import { parseTemplate } from "../core/template";
import { applySheetPlan } from "../src-taskpane/excel/applySheetPlan";
import { readSheetGrids } from "../src-taskpane/excel/readSheetGrid";
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";
import { benchTemplate } from "./benchTemplate";
import { randomReturns } from "./blocFixture";
import { FakeContext } from "../test/helpers/fakeExcel";
import { formatTiming, timeAsync } from "./measure";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The two tables for a scoring sheet of `criteria` criteria; `runs` timed runs of each .xlsx step. */
export async function measureWorkbook(criteria: number, runs: number): Promise<BenchTable[]> {
  const load = loadNow();
  const parsed = parseTemplate(benchTemplate("khoi-1", { units: 15, criteria }));
  if (!parsed.ok) throw new Error("bench table invalid");
  const compiled = parsed.compiled;
  const ret = randomReturns(compiled, 20221205)[0]!;
  const plan = scoringSheetPlan(compiled, ret.unitId, { ret });
  const main = plan.sheets[0] as SheetPlan;
  const shape = `${compiled.scorable.length} criteria and items, ${main.cells.length} rows × ${main.columns.length} columns`;

  const context = new FakeContext();
  const stats = await applySheetPlan(context.asExcel(), plan);
  const writeBytes = [...context.requestBytes];
  context.resetCounters();
  await readSheetGrids(context.asExcel(), [main.name, "_thidua"]);
  const office = finishTable(
    "Office.js: one scoring sheet written and read back (in-memory Excel fake)",
    ["action", "syncs", "request KB (each sync)", "largest request KB", "response KB"],
    [
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
    ],
    [`Sheet: ${shape}. Sync counts and payloads, not time: the fake does not model Excel's latency.`],
    load,
  );

  const loadXlsx = loadNow();
  const buffer = await writeXlsxBuffer(plan);
  const write = await timeAsync(runs, () => writeXlsxBuffer(plan));
  const read = await timeAsync(runs, () => readXlsx(buffer));
  const xlsx = finishTable(
    "ExcelJS: one scoring sheet as .xlsx",
    ["library", "write ms (min–max)", "read ms (min–max)", "file KB"],
    [["ExcelJS 4.4.0", formatTiming(write.timing), formatTiming(read.timing), kb(buffer.length)]],
    [`Sheet: ${shape}; median of ${runs} runs each.`],
    loadXlsx,
  );
  return [office, xlsx];
}

export function run(): Promise<BenchTable[]> {
  return measureWorkbook(300, 5);
}
