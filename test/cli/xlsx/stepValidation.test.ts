import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReturnWorkbook } from "../../../cli/xlsx/readReturnWorkbook";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { COL, SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { allKindsCell, allKindsCompiled } from "../../fixtures/allKindsSheet";
import type { TypingJob } from "../../helpers/typeIntoWorkbook";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../../helpers/typeIntoWorkbook";

const tools = typingToolsOrSkip("Data validation typed through LibreOffice");
const compiled = allKindsCompiled;
const at = (code: string) => allKindsCell(code, COL.input);
/** III.1: a manual score 0–25 on a step of 0,5; II.2: a count of items (count × 2,5). */
const manual = at("III.1");
const count = at("II.2");

/** What each workbook gets typed, through Calc's own input parsing under vi-VN. */
const typed: Record<string, Record<string, string>> = {
  "off-step": { [manual]: "2,7" },
  "on-step": { [manual]: "2,5" },
  "count-percent": { [count]: "8%" },
  "count-whole": { [count]: "8" },
};

(tools ? describe : describe.skip)(
  "the scoring sheet's data validation, typed in LibreOffice (vi-VN)",
  () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-validation-"));
    const invalid: Record<string, string[]> = {};
    beforeAll(async () => {
      const blank = join(dir, "mau.xlsx");
      writeFileSync(blank, await writeXlsxBuffer(scoringSheetPlan(compiled, "tand-tinh")));
      const jobs: TypingJob[] = Object.entries(typed).map(([name, cells]) => ({
        in: blank,
        out: join(dir, `${name}.xlsx`),
        sheet: SCORING_SHEET,
        cells,
        invalidCells: join(dir, `${name}.invalid.json`),
      }));
      if (tools) typeIntoWorkbooks(tools, jobs);
      for (const name of Object.keys(typed))
        invalid[name] = JSON.parse(readFileSync(join(dir, `${name}.invalid.json`), "utf8")) as string[];
    }, 120_000);

    it("When 2,7 is typed where the step is 0,5, then the cell's validation refuses it, and the reader refuses it too", async () => {
      expect(invalid["off-step"]).toEqual([manual]);
      const read = await readReturnWorkbook(compiled, "off-step.xlsx", dir);
      expect(!read.ok && read.problems.map((p) => [p.type, p.cell])).toEqual([["not-a-step", manual]]);
    });

    it("When 2,5 is typed, then the validation accepts it and the reader reads 2,5", async () => {
      expect(invalid["on-step"]).toEqual([]);
      const read = await readReturnWorkbook(compiled, "on-step.xlsx", dir);
      expect(read.ok && read.return.entries["III.1"]).toEqual({ score: 2.5 });
    });

    it("When 8% is typed into a count of items, then it is refused by the cell's validation and by the reader, which names the 8% and asks for 8", async () => {
      expect(invalid["count-percent"]).toEqual([count]);
      const read = await readReturnWorkbook(compiled, "count-percent.xlsx", dir);
      expect(read.ok).toBe(false);
      const problem = !read.ok ? read.problems.find((p) => p.cell === count) : undefined;
      expect(problem?.type).toBe("not-whole");
      expect(problem?.message.vi).toBe(
        `Ô ${count} (tiêu chí II.2): 0,08 không phải số nguyên (nếu đã gõ "8%": ô số lượng không nhận dấu %, hãy nhập 8) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
      );
    });

    it("When 8 is typed into the count, then the validation accepts it and the reader reads 8", async () => {
      expect(invalid["count-whole"]).toEqual([]);
      const read = await readReturnWorkbook(compiled, "count-whole.xlsx", dir);
      expect(read.ok && read.return.entries["II.2"]).toMatchObject({ count: 8 });
    });
  },
);
