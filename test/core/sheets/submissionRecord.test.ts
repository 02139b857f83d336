import type { SubmissionRecord } from "../../../core/sheets";
import {
  parseSubmissionRecord,
  SUBMISSION_MARKER,
  SUBMISSION_SHEET,
  submissionRecordPlan,
} from "../../../core/sheets";

const RECORD: SubmissionRecord = {
  periodId: "ha-giang-khoi-noi-chinh-2022",
  unitId: "thanh-tra-tinh",
  version: 2,
  receivedAt: "2022-11-25T02:00:00.000Z",
  returnHash: "ab".repeat(32),
  total: 95.5,
  by: "key:1c738c9639dab68c",
};

/** The plan's cells as the grid a reader gets back (values only). */
const gridOf = (record: SubmissionRecord) =>
  submissionRecordPlan(record).sheets[0]!.cells.map((row) => row.map((cell) => cell?.v ?? null));

describe("the receipt recorded in the workbook (its own very hidden sheet)", () => {
  it("When a receipt is planned, then it is one very hidden, protected sheet whose values read back the same", () => {
    const plan = submissionRecordPlan(RECORD);
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]).toMatchObject({ name: SUBMISSION_SHEET, visibility: "veryHidden", protect: true });
    expect(plan.sheets[0]!.cells[0]?.[0]?.v).toBe(SUBMISSION_MARKER);
    expect(parseSubmissionRecord(gridOf(RECORD))).toEqual(RECORD);
  });

  it("When text fields are planned, then they are stored as text, never as a formula or a number", () => {
    const cells = submissionRecordPlan({ ...RECORD, by: "=HYPERLINK(1)" }).sheets[0]!.cells;
    const by = cells.find((row) => row[0]?.v === "by");
    expect(by?.[1]).toEqual({ v: "=HYPERLINK(1)", text: true });
  });

  it("When the sheet is absent, not ours or damaged, then there is no record (never a made-up one)", () => {
    expect(parseSubmissionRecord(undefined)).toBeUndefined();
    expect(parseSubmissionRecord([["something else"]])).toBeUndefined();
    const damaged = gridOf(RECORD).map((row) =>
      row[0] === "returnHash" ? ["returnHash", "not a hash"] : row,
    );
    expect(parseSubmissionRecord(damaged)).toBeUndefined();
  });
});
