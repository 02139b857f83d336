import { measureWorkbook } from "../../bench/workbookBench";

describe("the workbook bench", () => {
  it("writes a tiny scoring sheet through Office.js in 2 syncs and reads it back in 1, and times ExcelJS", async () => {
    const [office, xlsx] = await measureWorkbook(10, 1);
    expect(office!.rows.map((r) => [r[0], r[1]])).toEqual([
      ["applySheetPlan (write)", "2"],
      ["readSheetGrids (read back)", "1"],
    ]);
    expect(xlsx!.rows[0]!.slice(1, 3).every((cell) => /^\d/.test(cell))).toBe(true);
  }, 60_000);
});
