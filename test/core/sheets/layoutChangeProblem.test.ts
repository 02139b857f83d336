import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { COL, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import type { SheetPlan } from "../../../core/sheets/sheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { planValues } from "../../helpers/planGrids";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;
const plan = scoringSheetPlan(compiled, "cong-an-tinh");
const meta = parseSheetMetadata(planValues(plan.sheets[1] as SheetPlan));
if (!meta.ok) throw new Error(meta.problem.en);
const values = () => planValues(plan.sheets[0] as SheetPlan);

function problemsOf(grid: unknown[][]) {
  const read = readScoringSheet(compiled, grid, meta.ok ? meta.metadata : (undefined as never));
  if (read.ok) throw new Error("expected a layout problem");
  return read.problems;
}

describe("a scoring sheet whose rows were inserted or deleted", () => {
  it("When one row is inserted, then one problem names it and says to delete it", () => {
    const grid = values();
    const row = rowOf("II.2");
    grid.splice(row - 1, 0, new Array<unknown>(COL.raw).fill(null));
    const problems = problemsOf(grid);
    expect(problems).toEqual([
      {
        type: "layout-changed",
        cell: `A${row}`,
        code: "II.2",
        message: {
          vi: `Dòng ${row} được chèn thêm vào bảng (ngay trên tiêu chí II.2), nên các dòng bên dưới lệch khỏi vị trí của chúng và không đọc được. Hãy xóa dòng ${row} (chuột phải vào số dòng → Xóa dòng), lưu lại rồi gửi; hoặc nhập lại kết quả vào tệp gốc khối đã gửi (hoặc Hoàn tác/Undo nếu tệp còn mở) rồi gửi lại.`,
          en: `Row ${row} was inserted into the sheet (just above criterion II.2), so the rows below it moved out of place and cannot be read. Delete row ${row} (right-click the row number → Delete Rows), save and send it; or type the results again into the original file the bloc sent (or Undo while the file is still open) and send it again.`,
        },
      },
    ]);
  });

  it("When two rows are inserted above the column headers, then it names both, not the header row", () => {
    const grid = values();
    grid.splice(2, 0, [null], ["ghi chú của đơn vị"]);
    expect(problemsOf(grid).map((p) => [p.cell, p.message.vi.slice(0, 74)])).toEqual([
      ["A3", "2 dòng 3–4 được chèn thêm vào bảng (ngay trên dòng “Đơn vị: Công an tỉnh”)"],
    ]);
  });

  it("When a criterion's row is deleted, then one problem names the criterion and says to start from the original file", () => {
    const grid = values();
    const row = rowOf("III.1");
    grid.splice(row - 1, 1);
    const [problem, ...rest] = problemsOf(grid);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ type: "layout-changed", cell: `A${row}`, code: "III.1" });
    expect(problem?.message.vi).toBe(
      `Dòng ${row} của bảng gốc (tiêu chí III.1) đã bị xóa, nên các dòng bên dưới lệch khỏi vị trí của chúng và không đọc được. Dòng đã xóa mang mã và công thức của bảng nên không gõ lại được; hãy nhập lại kết quả vào tệp gốc khối đã gửi (hoặc Hoàn tác/Undo nếu tệp còn mở) rồi gửi lại.`,
    );
  });

  it("When a section's row is deleted, then the section is named as one", () => {
    const grid = values();
    grid.splice(rowOf("II") - 1, 1);
    expect(problemsOf(grid)[0]?.message.en).toMatch(
      /^Row \d+ of the original sheet \(section II\) was deleted/,
    );
  });
});
