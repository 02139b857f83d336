/// <reference types="office-js" />
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { COL, SCORING_SHEET, cellRef, scoringSheetLayout } from "../../core/sheets";
import { parseTemplate } from "../../core/template";
import { officeScoringWorkbook } from "../../src-taskpane/excel/scoringWorkbook";
import * as actions from "../../src-taskpane/excel/scoringWorkbookActions";
import { FakeContext } from "../helpers/fakeExcel";

const parsed = parseTemplate(
  JSON.parse(readFileSync(resolve(__dirname, "../../templates/ha-giang-khoi-noi-chinh-2022.json"), "utf8")),
);
if (!parsed.ok) throw new Error("sample table invalid");
const compiled = parsed.compiled;

function workbookOverFake() {
  const context = new FakeContext();
  return {
    context,
    workbook: officeScoringWorkbook(
      (batch) => batch(context.asExcel()),
      async () => actions,
    ),
  };
}

describe("the scoring workbook over Office.js (typed fake, syncs counted)", () => {
  it("inserts the sheet in 2 syncs and reads it back in 1", async () => {
    const { context, workbook } = workbookOverFake();
    await workbook.insertSheet(compiled, "so-tu-phap");
    expect(context.syncCount).toBe(2);
    context.resetCounters();
    const read = await workbook.readReturn(compiled);
    expect(read.ok && read.return.unitId).toBe("so-tu-phap");
    expect(context.syncCount).toBe(1);
  });

  it("reads a percent-formatted entry as the percentage typed, with the formats in the same single sync", async () => {
    const { context, workbook } = workbookOverFake();
    await workbook.insertSheet(compiled, "so-tu-phap");
    const node = compiled.byCode.get("I.1")!;
    const row = scoringSheetLayout(compiled).rowOf[node.index]!;
    // What Excel stores when someone types "95%" and "100%": 0,95 and 1 in percent-formatted cells.
    const sheet = context.asExcel().workbook.worksheets.getItem(SCORING_SHEET);
    for (const [column, value] of [
      [COL.input, 0.95],
      [COL.target, 1],
    ] as const) {
      const cell = sheet.getRange(cellRef(row, column));
      cell.numberFormat = [["0%"]];
      cell.values = [[value]];
    }
    await context.sync();
    context.resetCounters();
    const read = await workbook.readReturn(compiled);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.return.entries["I.1"]).toMatchObject({ achieved: 95, target: 100 });
    expect(context.syncCount).toBe(1);
  });

  it("selects a cell on the scoring sheet, activating it, in 1 sync", async () => {
    const { context, workbook } = workbookOverFake();
    // The user's own sheet, there before the scoring sheet (the structure is protected after it).
    const notes = context.workbook.worksheets.add("Ghi chú");
    await workbook.insertSheet(compiled, "so-tu-phap");
    notes.activate();
    await context.sync();
    context.resetCounters();
    await workbook.selectCell("F14");
    expect(context.selection).toEqual({ sheet: SCORING_SHEET, address: "F14" });
    expect(context.requests[0]?.map((op) => op.op)).toEqual(["activate", "select"]);
    expect(context.syncCount).toBe(1);
  });

  it("calls back after each edit until unsubscribed; subscribing and leaving take 1 sync each", async () => {
    const { context, workbook } = workbookOverFake();
    await workbook.insertSheet(compiled, "so-tu-phap");
    context.resetCounters();
    let edits = 0;
    const stop = await workbook.watchEdits(() => (edits += 1));
    expect(context.syncCount).toBe(1);
    await context.typeInto(SCORING_SHEET, "F13", "Đạt");
    expect(edits).toBe(1);
    await stop();
    expect(context.syncCount).toBe(2);
    await context.typeInto(SCORING_SHEET, "F13", "Không đạt");
    expect(edits).toBe(1);
  });

  it("refuses typing into a locked cell of the protected sheet, as Excel does", async () => {
    const { context, workbook } = workbookOverFake();
    await workbook.insertSheet(compiled, "so-tu-phap");
    await expect(context.typeInto(SCORING_SHEET, "H13", "10")).rejects.toThrow(/protected/);
  });
});
