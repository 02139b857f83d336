import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { RANKED_COL, RANKED_HEADER_ROW, RANKED_SHEET } from "../../../core/sheets/rankedTablePlan";
import { COL, SCORING_SHEET, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { allKindsCell, allKindsCompiled } from "../../fixtures/allKindsSheet";
import type { TypingJob } from "../../helpers/typeIntoWorkbook";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../../helpers/typeIntoWorkbook";
import { memoryIo } from "../memoryIo";

const tools = typingToolsOrSkip("Ranked table against the filled sheets");
const compiled = allKindsCompiled;
const at = allKindsCell;

/** Each member types a complete sheet; quantities (I.3, relative to the bloc's best) and scores differ. */
function entries(i: number): Record<string, string> {
  return {
    [at("I.1", COL.input)]: String(90 + i * 2),
    [at("I.1", COL.target)]: "100",
    [at("I.1", COL.evidence)]: `BC ${i + 1}/BC — báo cáo tổng kết`,
    [at("I.2", COL.input)]: i % 2 === 0 ? "HTXSNV" : "HTTNV",
    [at("I.3", COL.input)]: String(10 + i * 3),
    [at("II.1", COL.input)]: "Đạt",
    [at("II.2", COL.input)]: String(1 + i),
    [at("II.2", COL.evidence)]: `QĐ ${i + 1}/QĐ — công nhận sáng kiến`,
    [at("II.3", COL.input)]: String(i % 3),
    [at("III.1", COL.input)]: `${18 + i},5`,
  };
}

async function grid(file: string, sheet: string): Promise<readonly (readonly unknown[])[]> {
  const found = (await readXlsx(readFileSync(file))).find((g) => g.name === sheet);
  if (!found) throw new Error(`${file}: no sheet ${sheet}`);
  return found.values;
}

(tools ? describe : describe.skip)("the ranked table's Điểm tự chấm and the units' signed sheets", () => {
  it("When every member fills its sheet in LibreOffice, then each row's Điểm tự chấm is the A its own sheet shows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-self-"));
    writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
    writeFileSync(join(dir, "lich-su.json"), JSON.stringify({ formatVersion: 1, awards: [] }));
    const members = compiled.template.members;
    const jobs: TypingJob[] = [];
    for (const [i, m] of members.entries()) {
      const blank = join(dir, `${m.id}-mau.xlsx`);
      writeFileSync(blank, await writeXlsxBuffer(scoringSheetPlan(compiled, m.id)));
      jobs.push({ in: blank, out: join(dir, `${m.id}.xlsx`), sheet: SCORING_SHEET, cells: entries(i) });
    }
    if (tools) typeIntoWorkbooks(tools, jobs);
    const files = members.map((m) => `${m.id}.xlsx`);
    const io = memoryIo(dir);
    const code = await main(
      ["consolidate", "mau.json", ...files, "--history", "lich-su.json", "-o", "xh.xlsx"],
      io,
    );
    expect([code, io.out()]).toEqual([0, expect.any(String)]);

    // What each unit signed: A. Tổng điểm các nội dung, recalculated by LibreOffice (I.3 counts 0 on a sheet).
    const signed = new Map<string, unknown>();
    for (const m of members)
      signed.set(
        m.name,
        (await grid(join(dir, `${m.id}.xlsx`), SCORING_SHEET))[scoringSheetLayout(compiled).baseRow - 1]?.[
          COL.points - 1
        ],
      );
    const table = await grid(join(dir, "xh.xlsx"), RANKED_SHEET);
    const rows = table.slice(RANKED_HEADER_ROW, RANKED_HEADER_ROW + members.length);
    const shown = new Map(rows.map((r) => [r[RANKED_COL.unit - 1], r[RANKED_COL.self - 1]]));
    expect(shown).toEqual(signed);
    // The relative-to-best points are in Thẩm định, and the table says so below the units.
    expect(rows.some((r) => r[RANKED_COL.reviewed - 1] !== r[RANKED_COL.self - 1])).toBe(true);
    expect(table.flat()).toContain(
      "Điểm tự chấm: điểm A (tổng điểm các nội dung) trên bảng tự chấm của đơn vị; tiêu chí I.3 (so với đơn vị cao nhất khối) được tính khi tổng hợp cả khối, có trong Điểm thẩm định.",
    );
  }, 180_000);
});
