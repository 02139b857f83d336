/// <reference types="office-js" />
import { readSheetGrids } from "../../src-taskpane/excel/readSheetGrid";
import { FakeContext } from "../helpers/fakeExcel";

describe("readSheetGrids", () => {
  it("reads text that looks like a formula as text, and only real formulas as formulas, in one sync", async () => {
    const context = new FakeContext();
    const ws = context.workbook.worksheets.add("Trang");
    ws.getRange("C2:D2").numberFormat = [["@", "@"]];
    // As typed: an apostrophe keeps text, a text-formatted cell takes input literally.
    ws.getRange("A2:D2").formulas = [["'=1+1", "=1+1", "=1+1", "=A2"]];
    context.resetCounters();
    const [grid] = await readSheetGrids(context.asExcel(), ["Trang"]);
    expect(context.syncCount).toBe(1);
    expect(grid?.formulas[1]).toEqual([null, "1+1", null, null]);
    expect(grid?.values[1]).toEqual(["=1+1", null, "=1+1", "=A2"]);
  });
});
