/// <reference types="office-js" />
import type { ReadConsolidationResult, ReviewContext, WorkbookPlan } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import type { ApplyStats } from "./applySheetPlan";
import type * as Actions from "./leaderWorkbookActions";
import type { ExcelRun } from "./scoringWorkbookActions";

/**
 * What the leader's flows ask of the open workbook: insert a sheet plan core made, read the review columns back.
 * The flows receive this interface, so they are tested without Office.
 */
export type LeaderWorkbook = {
  /** Writes the plan's sheets (replacing earlier ones of the same name); 2 syncs, 3 when redrawing its chart. */
  insertPlan(plan: WorkbookPlan): Promise<ApplyStats>;
  /** The adjustments typed in the consolidation sheet's review columns, with a problem per unusable row; 1 sync. */
  readReviews(compiled: CompiledTemplate, review: ReviewContext): Promise<ReadConsolidationResult>;
};

/** The leader's sheet actions (in the pane's lazy "core" chunk, with core's plans and readers). */
export type LeaderSheetActions = Pick<typeof Actions, "writeWorkbookPlan" | "readConsolidationReviews">;

/** The leader's workbook over Office.js: every call is one `run` (Excel.run behind the watchdog in the pane). */
export function officeLeaderWorkbook(
  run: ExcelRun,
  actions: () => Promise<LeaderSheetActions>,
): LeaderWorkbook {
  return {
    insertPlan: async (plan) => (await actions()).writeWorkbookPlan(run, plan),
    readReviews: async (compiled, review) =>
      (await actions()).readConsolidationReviews(run, compiled, review),
  };
}
