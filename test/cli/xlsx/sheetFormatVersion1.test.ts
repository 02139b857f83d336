import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReturnWorkbook } from "../../../cli/xlsx/readReturnWorkbook";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { COL, SCORING_SHEET, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_MARKER } from "../../../core/sheets/sheetMetadata";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../../core/sheets/sheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;

/**
 * The workbook as the writer of sheet format version 1 made it: the marker and version in row 1 of the metadata
 * sheet, no notice, no seal of the locked cells, the structure not protected; the dropdown lists where they were.
 */
function asVersion1(plan: WorkbookPlan): WorkbookPlan {
  const [main, meta] = plan.sheets as [SheetPlan, SheetPlan];
  const sealed = new Set(["lockedCells", "lockedExtras"]);
  const keys = meta.cells
    .slice(2)
    .filter((row) => !sealed.has(String(row[0]?.v)))
    .map((row): (PlanCell | null)[] => [
      row[0] ?? null,
      row[0]?.v === "sheetFormatVersion" ? { v: 1 } : (row[1] ?? null),
    ]);
  const cells: (PlanCell | null)[][] = [[{ v: METADATA_MARKER }, { v: 1 }], ...keys];
  meta.cells.forEach((row, r) =>
    row.slice(3).forEach((c, k) => {
      if (!c) return;
      const at = (cells[r] ??= [null, null]);
      while (at.length < 3 + k) at.push(null);
      at[3 + k] = c;
    }),
  );
  return { ...plan, protectStructure: false, sheets: [main, { ...meta, cells }] };
}

describe("workbooks written before the seal (sheet format version 1)", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-v1-"));

  it("When a version 1 workbook is read, then it gives its return as before", async () => {
    const ret = randomReturn(compiled, "vksnd-tinh", seededRandom(3));
    for (const e of Object.values(ret.entries)) {
      if (e.percent !== undefined) {
        e.achieved = e.percent;
        e.target = 100;
        delete e.percent;
      }
    }
    writeFileSync(
      join(dir, "vksnd-tinh.xlsx"),
      await writeXlsxBuffer(asVersion1(scoringSheetPlan(compiled, "vksnd-tinh", { ret }))),
    );
    expect(await readReturnWorkbook(compiled, "vksnd-tinh.xlsx", dir)).toEqual({ ok: true, return: ret });
  });

  it("When a locked constant of a version 1 workbook was edited, then it cannot be told (no seal), but an edited formula still is", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeXlsxBuffer(asVersion1(scoringSheetPlan(compiled, "so-tu-phap")))) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet(SCORING_SHEET)!;
    ws.getCell(rowOf("III.1"), COL.max).value = 50;
    ws.getCell(rowOf("II"), COL.points).value = 30;
    writeFileSync(join(dir, "so-tu-phap.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    const read = await readReturnWorkbook(compiled, "so-tu-phap.xlsx", dir);
    expect(!read.ok && read.problems.map((p) => [p.type, p.cell])).toEqual([
      ["formula-edited", `H${rowOf("II")}`],
    ]);
  });
});
