import ExcelJS from "exceljs";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET, parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";
import { shareFilledFormulas } from "../../helpers/sharedFormulas";

describe("readXlsx", () => {
  it("gives each cell of a shared formula its own formula, moved from the master like Excel does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    [1, 2, 3].forEach((v, i) => (ws.getCell(i + 1, 2).value = v));
    ws.getCell("A1").value = { formula: "B1*2+$B$1", result: 3 };
    ws.getCell("A2").value = { sharedFormula: "A1", result: 5 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("A3").value = { sharedFormula: "A1", result: 0 } as ExcelJS.CellSharedFormulaValue;
    const [grid] = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(grid?.formulas.map((row) => row[0])).toEqual(["B1*2+$B$1", "B2*2+$B$1", "B3*2+$B$1"]);
    expect(grid?.values.map((row) => row[0])).toEqual([3, 5, 0]);
  });

  it("reads a scoring workbook saved with filled-down (shared) formulas without reporting edited formulas", async () => {
    // Six alike criteria in a row: their formulas differ only by row, so a user's fill-down shares them.
    const template = structuredClone(allKindsTemplate);
    template.base = 112;
    template.sections.push({
      code: "IV",
      title: "Công tác phối hợp",
      children: Array.from({ length: 6 }, (_, i) => ({
        code: `IV.${i + 1}`,
        title: `Phối hợp nội dung ${i + 1}`,
        standard: 2,
        rule: { kind: "passFail" as const },
      })),
    });
    const parsed = parseTemplate(template);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const compiled = parsed.compiled;
    const unit = compiled.template.members[0]?.id ?? "";
    const ret = randomReturn(compiled, unit, seededRandom(7), true);
    const wb = new ExcelJS.Workbook();
    const file = await writeXlsxBuffer(scoringSheetPlan(compiled, unit, { ret }));
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(SCORING_SHEET);
    if (!sheet) throw new Error("no scoring sheet");
    expect(shareFilledFormulas(sheet)).toBe(10);

    const grids = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const main = grids.find((g) => g.name === SCORING_SHEET);
    const meta = parseSheetMetadata(grids.find((g) => g.name === METADATA_SHEET)?.values);
    if (!main || !meta.ok) throw new Error("sheets missing");
    const read = readScoringSheet(compiled, main.values, meta.metadata, { formulas: main.formulas });
    expect(read.ok ? [] : read.problems.map((p) => p.message.vi)).toEqual([]);
  });
});
