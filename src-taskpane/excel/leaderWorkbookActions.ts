/// <reference types="office-js" />
import { msg } from "../../core/i18n";
import type { ReadConsolidationResult, ReviewContext, WorkbookPlan } from "../../core/sheets";
import {
  CONSOLIDATION_SHEET,
  METADATA_SHEET,
  parseSheetMetadata,
  readConsolidationSheet,
} from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import type { ApplyStats } from "./applySheetPlan";
import { applySheetPlan } from "./applySheetPlan";
import { readSheetGrids } from "./readSheetGrid";
import type { ExcelRun } from "./scoringWorkbookActions";

/** Writes one of core's workbook plans (the consolidation sheet, the ranked table): 2 syncs, 3 over an old chart. */
export function writeWorkbookPlan(run: ExcelRun, plan: WorkbookPlan): Promise<ApplyStats> {
  return run((context) => applySheetPlan(context, plan));
}

/**
 * Reads the leader's review adjustments from the consolidation sheet in 1 sync (columns F and I, core's reader). A
 * workbook without the sheet (or without the hidden metadata, which fails the same single request) says to
 * consolidate first; a consolidation of another table says so (core's reader).
 */
export function readConsolidationReviews(
  run: ExcelRun,
  compiled: CompiledTemplate,
  review: ReviewContext,
): Promise<ReadConsolidationResult> {
  return run(async (context) => {
    const [main, meta] = await readSheetGrids(context, [CONSOLIDATION_SHEET, METADATA_SHEET]);
    if (!main) {
      const message = msg(
        `Không có trang "${CONSOLIDATION_SHEET}": bấm "Tổng hợp" trước.`,
        `There is no "${CONSOLIDATION_SHEET}" sheet: press "Consolidate" first.`,
      );
      return { ok: false, problems: [{ type: "wrong-kind", message }] };
    }
    const metadata = parseSheetMetadata(meta?.values);
    if (!metadata.ok) return { ok: false, problems: [{ type: "not-ours", message: metadata.problem }] };
    return readConsolidationSheet(compiled, main.values, metadata.metadata, review);
  });
}
