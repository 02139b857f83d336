/// <reference types="office-js" />
import type { ReadScoringSheetResult } from "../../core/sheets";
import type { ScoringSheetOptions, SubmissionRecord } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import type * as Actions from "./scoringWorkbookActions";
import type { ExcelRun } from "./scoringWorkbookActions";

/**
 * What the pane asks of the open workbook for a unit's self-scoring, and nothing more: the UI receives this
 * interface, so it is tested without Office and the browser harness can hand it an in-memory workbook.
 */
export type ScoringWorkbook = {
  /** Writes (or rewrites) the unit's scoring sheet; 2 syncs. */
  insertSheet(compiled: CompiledTemplate, unitId: string, options?: ScoringSheetOptions): Promise<void>;
  /** Reads the scoring sheet back into a return, in 1 sync. */
  readReturn(compiled: CompiledTemplate): Promise<ReadScoringSheetResult>;
  /** Shows the scoring sheet and selects one cell (e.g. "F14"); 1 sync. */
  selectCell(address: string): Promise<void>;
  /** Calls `onEdit` after every edit of the workbook until the returned function is called; 1 sync each. */
  watchEdits(onEdit: () => void): Promise<() => Promise<void>>;
  /** Keeps the receipt of the last submit in the workbook (its own very hidden sheet); 2 syncs. */
  recordSubmission(record: SubmissionRecord): Promise<void>;
  /** The receipt the workbook recorded, or undefined; 1 sync. */
  readSubmission(): Promise<SubmissionRecord | undefined>;
};

/** The sheet actions that run core's sheet plans and readers (the pane's lazy "core" chunk holds them). */
export type ScoringSheetActions = Pick<
  typeof Actions,
  | "writeScoringSheet"
  | "readScoringReturn"
  | "selectScoringCell"
  | "writeSubmissionRecord"
  | "readSubmissionRecord"
>;

/**
 * The scoring workbook over Office.js: every call is one `run` (the pane passes `Excel.run` behind a watchdog).
 * `actions` loads the sheet actions when a table is in use; watching edits needs none of core, so it starts at once.
 */
export function officeScoringWorkbook(
  run: ExcelRun,
  actions: () => Promise<ScoringSheetActions>,
): ScoringWorkbook {
  return {
    async insertSheet(compiled, unitId, options) {
      await (await actions()).writeScoringSheet(run, compiled, unitId, options);
    },
    readReturn: async (compiled) => (await actions()).readScoringReturn(run, compiled),
    selectCell: async (address) => (await actions()).selectScoringCell(run, address),
    async recordSubmission(record) {
      await (await actions()).writeSubmissionRecord(run, record);
    },
    readSubmission: async () => (await actions()).readSubmissionRecord(run),
    async watchEdits(onEdit) {
      // Workbook-wide (ExcelApi 1.9): the scoring sheet may be inserted after the pane starts watching.
      const subscription = await run(async (context) => {
        const added = context.workbook.worksheets.onChanged.add(async () => onEdit());
        await context.sync();
        return added;
      });
      // Office removes a handler only through the context that added it.
      return async () => {
        subscription.remove();
        await subscription.context.sync();
      };
    },
  };
}
