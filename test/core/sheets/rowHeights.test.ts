import { MAX_ROW_HEIGHT, rowHeights } from "../../../core/sheets/rowHeights";
import type { SheetPlan } from "../../../core/sheets/sheetPlan";
import { SHEET_STYLES } from "../../../core/sheets/sheetStyles";

const sheet = (cells: SheetPlan["cells"], widths: number[]): SheetPlan => ({
  name: "x",
  visibility: "visible",
  columns: widths.map((width) => ({ width })),
  cells,
  merges: [],
  validations: [],
  conditionalFormats: [],
  protect: false,
});

describe("rowHeights", () => {
  it("gives a wrapped cell as many 15-point lines as its words need, and leaves short rows alone", () => {
    const plan = sheet(
      [
        [{ v: "Điểm thẩm định", s: "header" }],
        [{ v: "Ngắn", s: "criterion" }],
        [{ v: "Dòng 1\nDòng 2\nDòng 3", s: "note" }],
      ],
      [9],
    );
    expect(rowHeights(plan, SHEET_STYLES)).toEqual([45, undefined, 45]);
  });
});

describe("rowHeights of very long text", () => {
  it("When a note needs more lines than a row can hold, then the row takes Excel's tallest height, not more", () => {
    const note = Array.from({ length: 400 }, (_, i) => `từ${i}`).join(" ");
    const plan = sheet([[{ v: note, s: "input" }]], [22]);
    expect(rowHeights(plan, SHEET_STYLES)).toEqual([MAX_ROW_HEIGHT]);
    expect(MAX_ROW_HEIGHT).toBeLessThanOrEqual(409.5);
  });
});
