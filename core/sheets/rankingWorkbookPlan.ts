import type { RankingResult } from "../ranking/rankingResult";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { UnitSelfPoints } from "./consolidationSheetPlan";
import { consolidationSheetPlan } from "./consolidationSheetPlan";
import type { RankedTableOptions } from "./rankedTablePlan";
import { rankedTablePlan } from "./rankedTablePlan";
import { sheetSelfScore } from "./sheetSelfScore";
import { metadataSheetPlan, SHEET_FORMAT_VERSION } from "./sheetMetadata";
import type { WorkbookPlan } from "./sheetPlan";
import { SHEET_STYLES } from "./sheetStyles";

/**
 * The leader's workbook: the ranked table (its Điểm tự chấm is what each unit's own sheet shows), the consolidation
 * sheet and the hidden metadata (kind "ranking").
 */
export function rankingWorkbookPlan(
  compiled: CompiledTemplate,
  selfPoints: readonly UnitSelfPoints[],
  result: RankingResult,
  options: RankedTableOptions = {},
): WorkbookPlan {
  return {
    styles: SHEET_STYLES,
    sheets: [
      rankedTablePlan(compiled, result, {
        ...options,
        selfOnSheet: new Map(selfPoints.map((s) => [s.unitId, sheetSelfScore(compiled, s.points)])),
      }),
      consolidationSheetPlan(compiled, selfPoints, result),
      rankingMetadata(compiled),
    ],
  };
}

/**
 * The consolidation sheet alone with the metadata (kind "ranking") its reader checks: what the leader's pane inserts
 * to collect the review adjustments before ranking.
 */
export function consolidationWorkbookPlan(
  compiled: CompiledTemplate,
  selfPoints: readonly UnitSelfPoints[],
  result: RankingResult,
): WorkbookPlan {
  return {
    styles: SHEET_STYLES,
    sheets: [consolidationSheetPlan(compiled, selfPoints, result), rankingMetadata(compiled)],
  };
}

/** The ranked table alone with the metadata: inserted over an earlier one, the consolidation sheet beside it stays. */
export function rankedTableWorkbookPlan(
  compiled: CompiledTemplate,
  result: RankingResult,
  options: RankedTableOptions = {},
): WorkbookPlan {
  return {
    styles: SHEET_STYLES,
    sheets: [rankedTablePlan(compiled, result, options), rankingMetadata(compiled)],
  };
}

function rankingMetadata(compiled: CompiledTemplate) {
  const t = compiled.template;
  return metadataSheetPlan({
    kind: "ranking",
    sheetFormatVersion: SHEET_FORMAT_VERSION,
    templateId: t.id,
    templateVersion: t.identity.version,
    fingerprint: compiled.fingerprint,
    blocId: t.identity.bloc.id,
    year: t.identity.year,
    period: t.identity.period,
  });
}
