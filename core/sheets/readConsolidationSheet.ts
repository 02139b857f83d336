import { fromFixed, hasAtMostFourDecimals } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import { msg } from "../i18n/localized";
import type { ReviewAdjustment } from "../ranking/reviewsFileSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import { unitName } from "../template/displayNames";
import { cellRef } from "./cellAddress";
import { CONS_COL, CONSOLIDATION_HEADER_ROW } from "./consolidationSheetPlan";
import type { SheetMetadata } from "./sheetMetadata";
import type { SheetProblem } from "./sheetProblem";

/**
 * `ok: false` when the sheet as a whole cannot be read; otherwise the adjustments of the usable rows and a problem
 * for each row that is not (one bad row never drops the valid ones).
 */
export type ReadConsolidationResult =
  | { ok: true; adjustments: ReviewAdjustment[]; problems: SheetProblem[] }
  | { ok: false; problems: SheetProblem[] };

/** Who reviewed and when: the consolidation sheet does not carry them per row. */
export type ReviewContext = { reviewer: string; at: string };

const SOURCE_STAGE: Record<string, ReviewAdjustment["stage"]> = {
  "Thẩm định lại": "second-review",
  "Thống nhất": "agreed",
};

/**
 * Reads the leader's review adjustments (điều chỉnh thẩm định) back from a consolidation sheet: every criterion
 * row with a reviewed score in column F becomes an adjustment with the reason in column I (required). A row that
 * cannot be used is reported, naming the cell, the unit (by name) and the criterion; the other rows are kept.
 */
export function readConsolidationSheet(
  compiled: CompiledTemplate,
  grid: readonly (readonly unknown[])[],
  metadata: SheetMetadata,
  context: ReviewContext,
): ReadConsolidationResult {
  const problems: SheetProblem[] = [];
  if (metadata.kind !== "ranking" || metadata.fingerprint !== compiled.fingerprint) {
    problems.push({
      type: metadata.kind !== "ranking" ? "wrong-kind" : "fingerprint-mismatch",
      message: msg(
        "Tệp không phải bảng tổng hợp của phiên bản bảng điểm này.",
        "The file is not a consolidation of this version of the table.",
      ),
    });
    return { ok: false, problems };
  }
  const adjustments: ReviewAdjustment[] = [];
  grid.forEach((row, r) => {
    if (r + 1 <= CONSOLIDATION_HEADER_ROW) return;
    const adjustment = readAdjustment(compiled, row, r + 1, context, problems);
    if (adjustment !== undefined) adjustments.push(adjustment);
  });
  return { ok: true, adjustments, problems };
}

/**
 * One criterion row with a reviewed score in column F, as an adjustment; undefined (and the problem reported) when
 * the row, the score or the reason is not usable, or when the row has no reviewed score.
 */
function readAdjustment(
  compiled: CompiledTemplate,
  row: readonly unknown[],
  rowNo: number,
  context: ReviewContext,
  problems: SheetProblem[],
): ReviewAdjustment | undefined {
  const unitId = row[CONS_COL.unitId - 1];
  const code = row[CONS_COL.code - 1];
  const value = row[CONS_COL.reviewed - 1];
  if (
    typeof unitId !== "string" ||
    typeof code !== "string" ||
    value === null ||
    value === undefined ||
    value === ""
  )
    return undefined;
  const node = compiled.byCode.get(code);
  const F = cellRef(rowNo, CONS_COL.reviewed);
  const name = unitName(compiled, unitId);
  const where = {
    vi: `Ô ${F} (${name}, tiêu chí ${code})`,
    en: `Cell ${F} (${name}, criterion ${code})`,
  };
  const fail = (type: SheetProblem["type"], vi: string, en: string): undefined => {
    problems.push({ type, cell: F, code, message: msg(`${where.vi}: ${vi}`, `${where.en}: ${en}`) });
    return undefined;
  };
  if (!node || !compiled.memberIds.has(unitId))
    return fail("layout-changed", "dòng không khớp bảng điểm", "the row does not match the table");
  if (typeof value !== "number" || !Number.isFinite(value))
    return fail("not-a-number", `"${String(value)}" không phải là số`, `"${String(value)}" is not a number`);
  const max = fromFixed(node.max);
  if (value < 0 || value > max) {
    return fail(
      "out-of-range",
      `${formatNumber(value, "vi")} ngoài khoảng 0–${formatNumber(max, "vi")}`,
      `${formatNumber(value, "en")} is outside 0–${formatNumber(max, "en")}`,
    );
  }
  if (!hasAtMostFourDecimals(value))
    return fail("too-many-decimals", "quá 4 chữ số thập phân", "more than 4 decimals");
  const reason = String(row[CONS_COL.reason - 1] ?? "").trim();
  if (reason === "") {
    const I = cellRef(rowNo, CONS_COL.reason);
    return fail(
      "invalid-text",
      `thiếu lý do thẩm định ở ô ${I}`,
      `the review reason is missing in cell ${I}`,
    );
  }
  const source = String(row[CONS_COL.source - 1] ?? "");
  return {
    unitId,
    code,
    stage: SOURCE_STAGE[source] ?? "review",
    points: value,
    reason,
    reviewer: context.reviewer,
    at: context.at,
  };
}
