/// <reference types="office-js" />
import { rankBloc } from "../../core/bloc";
import { CONSOLIDATION_SHEET, CONS_COL, cellRef, consolidationWorkbookPlan } from "../../core/sheets";
import { officeLeaderWorkbook } from "../../src-taskpane/excel/leaderWorkbook";
import * as actions from "../../src-taskpane/excel/leaderWorkbookActions";
import { FakeContext } from "../helpers/fakeExcel";
import { COMPILED, sampleReturns } from "./connected/fakeLeaderApi";

const REVIEW = { reviewer: "vksnd-tinh", at: "2022-12-10T09:00:00+07:00" };

function workbookOverFake() {
  const context = new FakeContext();
  return {
    context,
    workbook: officeLeaderWorkbook(
      (batch) => batch(context.asExcel()),
      async () => actions,
    ),
  };
}

describe("the leader's workbook over Office.js (typed fake, syncs counted)", () => {
  const ranked = rankBloc(
    COMPILED,
    sampleReturns().map((r) => ({ source: r.unitId, return: r })),
  );
  const plan = consolidationWorkbookPlan(COMPILED, ranked.selfScores, ranked.result);

  it("When the consolidation sheet is inserted, then it takes 2 syncs, and reading its review columns back 1", async () => {
    const { context, workbook } = workbookOverFake();
    const stats = await workbook.insertPlan(plan);
    expect(stats.syncs).toBe(2);
    expect(context.syncCount).toBe(2);
    const row = 6; // the first unit's first criterion, under its heading row
    const code = String(
      context.workbook.worksheets.get(CONSOLIDATION_SHEET)!.at(cellRef(row, CONS_COL.code))?.value,
    );
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reviewed), "0");
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reason), "Thiếu minh chứng");
    context.resetCounters();
    const read = await workbook.readReviews(COMPILED, REVIEW);
    expect(context.syncCount).toBe(1);
    expect(read.ok && read.adjustments).toEqual([
      expect.objectContaining({ code, points: 0, reason: "Thiếu minh chứng", stage: "review", ...REVIEW }),
    ]);
  });

  it("When the workbook has no consolidation sheet, then reading says to consolidate first", async () => {
    const { workbook } = workbookOverFake();
    await workbook.insertPlan({ ...plan, sheets: plan.sheets.filter((s) => s.name !== CONSOLIDATION_SHEET) });
    const read = await workbook.readReviews(COMPILED, REVIEW);
    expect(read.ok).toBe(false);
    expect(read.problems[0]?.message.vi).toBe('Không có trang "Tổng hợp": bấm "Tổng hợp" trước.');
  });

  it("When the sheet is a consolidation of another version of the table, then reading says so and reads no review", async () => {
    const { workbook } = workbookOverFake();
    await workbook.insertPlan(plan);
    const other = { ...COMPILED, fingerprint: `sha256:${"b".repeat(64)}` };
    const read = await workbook.readReviews(other, REVIEW);
    expect(read).toMatchObject({ ok: false, problems: [{ type: "fingerprint-mismatch" }] });
  });
});
