import JSZip from "jszip";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { withStructureLocked } from "../../../cli/xlsx/protectWorkbookStructure";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET } from "../../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;

async function workbookXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
}

describe("workbook structure protection", () => {
  it("When a scoring workbook is written, then its structure is locked where the schema puts it, and it still reads back", async () => {
    const plan = scoringSheetPlan(compiled, "cong-an-tinh");
    const buffer = await writeXlsxBuffer(plan);
    const xml = await workbookXml(buffer);
    expect(xml).toMatch(/<workbookPr [^>]*\/><workbookProtection lockStructure="1"\/><sheets>/);
    const grids = await readXlsx(buffer);
    expect(grids.map((g) => [g.name, g.state])).toEqual([
      ["Chấm điểm", "visible"],
      [METADATA_SHEET, "veryHidden"],
    ]);
  });

  it("When a plan does not ask for it, then workbook.xml has no protection", async () => {
    const plan = { ...scoringSheetPlan(compiled, "cong-an-tinh"), protectStructure: false };
    expect(await workbookXml(await writeXlsxBuffer(plan))).not.toContain("workbookProtection");
  });

  it("When workbook.xml already has a protection element, then it is replaced, before bookViews", () => {
    const xml =
      '<workbook><workbookPr/><workbookProtection lockWindows="1"></workbookProtection><bookViews/><sheets/></workbook>';
    expect(withStructureLocked(xml)).toBe(
      '<workbook><workbookPr/><workbookProtection lockStructure="1"/><bookViews/><sheets/></workbook>',
    );
    expect(withStructureLocked("<workbook><bookViews/><sheets/></workbook>")).toBe(
      '<workbook><workbookProtection lockStructure="1"/><bookViews/><sheets/></workbook>',
    );
    expect(() => withStructureLocked("<workbook/>")).toThrow(/no <sheets>/);
  });
});
