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
  const t = compiled.template;
  return {
    styles: SHEET_STYLES,
    sheets: [
      rankedTablePlan(compiled, result, {
        ...options,
        selfOnSheet: new Map(selfPoints.map((s) => [s.unitId, sheetSelfScore(compiled, s.points)])),
      }),
      consolidationSheetPlan(compiled, selfPoints, result),
      metadataSheetPlan({
        kind: "ranking",
        sheetFormatVersion: SHEET_FORMAT_VERSION,
        templateId: t.id,
        templateVersion: t.identity.version,
        fingerprint: compiled.fingerprint,
        blocId: t.identity.bloc.id,
        year: t.identity.year,
        period: t.identity.period,
      }),
    ],
  };
}
