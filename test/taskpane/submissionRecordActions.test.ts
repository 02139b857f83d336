/// <reference types="office-js" />
import type { SubmissionRecord } from "../../core/sheets";
import { SUBMISSION_SHEET } from "../../core/sheets";
import type { ExcelRun } from "../../src-taskpane/excel/scoringWorkbookActions";
import { readSubmissionRecord, writeSubmissionRecord } from "../../src-taskpane/excel/scoringWorkbookActions";
import { FakeContext } from "../helpers/fakeExcel";

const run =
  (context: FakeContext): ExcelRun =>
  (batch) =>
    batch(context.asExcel());

const record = (version: number): SubmissionRecord => ({
  periodId: "ha-giang-khoi-noi-chinh-2022",
  unitId: "thanh-tra-tinh",
  version,
  receivedAt: "2022-11-25T02:00:00.000Z",
  returnHash: "0123456789abcdef".repeat(4),
  total: 87.25,
  by: "key:abc",
});

describe("the receipt in the workbook, through the Office.js adapter", () => {
  it("When a receipt is written, then it takes 2 syncs, the sheet is very hidden, and it reads back in 1 sync", async () => {
    const context = new FakeContext();
    context.workbook.worksheets.add("Sheet1");
    const stats = await writeSubmissionRecord(run(context), record(1));
    expect(stats.syncs).toBe(2);
    const sheet = context.workbook.worksheets.items.find((s) => s.name === SUBMISSION_SHEET);
    expect(sheet?.visibility).toBe("VeryHidden");
    context.resetCounters();
    expect(await readSubmissionRecord(run(context))).toEqual(record(1));
    expect(context.syncCount).toBe(1);
  });

  it("When a second submit is recorded, then it replaces the first (one sheet, the latest version)", async () => {
    const context = new FakeContext();
    await writeSubmissionRecord(run(context), record(1));
    await writeSubmissionRecord(run(context), record(2));
    expect(context.workbook.worksheets.items.filter((s) => s.name === SUBMISSION_SHEET)).toHaveLength(1);
    expect((await readSubmissionRecord(run(context)))?.version).toBe(2);
  });

  it("When the workbook has no receipt, then reading says so in 1 sync", async () => {
    const context = new FakeContext();
    context.workbook.worksheets.add("Sheet1");
    expect(await readSubmissionRecord(run(context))).toBeUndefined();
    expect(context.syncCount).toBe(1);
  });
});
