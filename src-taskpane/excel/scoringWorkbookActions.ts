/// <reference types="office-js" />
import { msg } from "../../core/i18n";
import type { ReadScoringSheetResult } from "../../core/sheets";
import { readScoringSheet } from "../../core/sheets";
import { SCORING_SHEET } from "../../core/sheets";
import type { ScoringSheetOptions } from "../../core/sheets";
import { scoringSheetPlan } from "../../core/sheets";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets";
import type { SubmissionRecord } from "../../core/sheets";
import { parseSubmissionRecord, SUBMISSION_SHEET, submissionRecordPlan } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import type { ApplyStats } from "./applySheetPlan";
import { applySheetPlan } from "./applySheetPlan";
import { readSheetGrids } from "./readSheetGrid";

/** `Excel.run` as a parameter: the pane passes the real one, tests a fake (the UI never calls Office directly). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Writes the unit's scoring sheet (bảng tự chấm điểm) into the open workbook: 2 syncs. */
export function writeScoringSheet(
  run: ExcelRun,
  compiled: CompiledTemplate,
  unitId: string,
  options: ScoringSheetOptions = {},
): Promise<ApplyStats> {
  return run((context) => applySheetPlan(context, scoringSheetPlan(compiled, unitId, options)));
}

/** Reads the open workbook's scoring sheet back into a return, in 1 sync; a workbook that is not ours says so. */
export function readScoringReturn(
  run: ExcelRun,
  compiled: CompiledTemplate,
): Promise<ReadScoringSheetResult> {
  return run(async (context) => {
    const [main, meta] = await readSheetGrids(context, [SCORING_SHEET, METADATA_SHEET]);
    const metadata = parseSheetMetadata(meta?.values);
    if (!metadata.ok) return { ok: false, problems: [{ type: "not-ours", message: metadata.problem }] };
    if (!main) {
      const message = msg(`Không có trang "${SCORING_SHEET}".`, `There is no "${SCORING_SHEET}" sheet.`);
      return { ok: false, problems: [{ type: "wrong-kind", message }] };
    }
    return readScoringSheet(compiled, main.values, metadata.metadata, {
      formulas: main.formulas,
      formats: main.formats,
    });
  });
}

/** Shows the scoring sheet and selects one cell (e.g. "F14"): 1 sync. */
export function selectScoringCell(run: ExcelRun, address: string): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SCORING_SHEET);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}

/** Records what was sent (the receipt) in the workbook's own very hidden sheet, replacing the last one: 2 syncs. */
export function writeSubmissionRecord(run: ExcelRun, record: SubmissionRecord): Promise<ApplyStats> {
  return run((context) => applySheetPlan(context, submissionRecordPlan(record)));
}

/** The receipt the workbook recorded at its last submit, or undefined when it has none: 1 sync. */
export function readSubmissionRecord(run: ExcelRun): Promise<SubmissionRecord | undefined> {
  return run(async (context) => {
    const [grid] = await readSheetGrids(context, [SUBMISSION_SHEET]);
    return parseSubmissionRecord(grid?.values);
  });
}
