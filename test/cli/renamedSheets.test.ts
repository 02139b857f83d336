import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { readXlsx } from "../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../cli/xlsx/renderXlsx";
import { CONS_COL, CONSOLIDATION_SHEET } from "../../core/sheets/consolidationSheetPlan";
import { SCORING_SHEET } from "../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../core/sheets/scoringSheetPlan";
import { parseTemplate } from "../../core/template/parseTemplate";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";
import { randomReturn } from "../helpers/randomReturn";
import { seededRandom } from "../helpers/seededRandom";
import { memoryIo } from "./memoryIo";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;

async function renameSheet(file: string, from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(from);
  if (!ws) throw new Error(`no sheet ${from}`);
  ws.name = to;
  await wb.xlsx.writeFile(file);
}

describe("sheets whose tab was renamed", () => {
  it("When members renamed their scoring tab and the leader renamed the consolidation tab, then both are read as if they had not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-renamed-"));
    writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
    writeFileSync(join(dir, "lich-su.json"), JSON.stringify({ formatVersion: 1, awards: [] }));
    const rand = seededRandom(21);
    const files: string[] = [];
    for (const m of compiled.template.members) {
      const ret = randomReturn(compiled, m.id, rand, true);
      for (const e of Object.values(ret.entries)) {
        if (e.percent === undefined) continue;
        [e.achieved, e.target] = [e.percent, 100];
        delete e.percent;
      }
      const file = join(dir, `${m.id}.xlsx`);
      writeFileSync(file, await writeXlsxBuffer(scoringSheetPlan(compiled, m.id, { ret })));
      await renameSheet(file, SCORING_SHEET, m.name.slice(0, 31));
      files.push(`${m.id}.xlsx`);
    }
    const io = memoryIo(dir);
    const args = ["consolidate", "mau.json", ...files, "--history", "lich-su.json"];
    expect(await main([...args, "-o", "vong-1.xlsx"], io)).toBe(0);
    expect(io.out()).not.toContain("lỗi:");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "vong-1.xlsx"));
    const ws = wb.getWorksheet(CONSOLIDATION_SHEET);
    if (!ws) throw new Error("no consolidation sheet");
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(CONS_COL.unitId).value === "so-tu-phap" && r.getCell(CONS_COL.code).value === "III.1")
        row = n;
    });
    ws.getCell(row, CONS_COL.reviewed).value = 0;
    ws.getCell(row, CONS_COL.reason).value = "Không có minh chứng";
    ws.name = "Thẩm định vòng 1";
    await wb.xlsx.writeFile(join(dir, "vong-1.xlsx"));

    const again = memoryIo(dir);
    expect(await main([...args, "--reviewed", "vong-1.xlsx", "-o", "vong-2.xlsx"], again)).toBe(0);
    expect(again.out()).not.toContain("lỗi:");
    const table = (await readXlsx(readFileSync(join(dir, "vong-2.xlsx"))))[1]?.values ?? [];
    const reviewed = table.find(
      (r) => r[CONS_COL.unitId - 1] === "so-tu-phap" && r[CONS_COL.code - 1] === "III.1",
    );
    expect(reviewed?.[CONS_COL.reviewed - 1]).toBe(0);
  });
});
