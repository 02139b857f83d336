import type { ReviewAdjustment } from "../../core/ranking";
import { reviewWordingIssues } from "../../core/ranking";
import { CONS_COL, cellRef } from "../../core/sheets";
import type { SheetProblem } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import { unitName } from "../../core/template";
import { msg } from "../../core/i18n";

/**
 * The `--reviewed` path's adjustments checked as the reviews file's are (core's `reviewWordingIssues`: decimals
 * beyond the table's rounding, a reason or reviewer's name over its limit or with a hidden character), each
 * placed at its row's cell in the consolidation sheet (the reviewer's name comes from `--reviewer`: no cell).
 */
export function reviewedWordingProblems(
  compiled: CompiledTemplate,
  values: readonly (readonly unknown[])[],
  adjustments: readonly ReviewAdjustment[],
): SheetProblem[] {
  const rowOf = (a: ReviewAdjustment) =>
    values.findIndex((r) => r[CONS_COL.unitId - 1] === a.unitId && r[CONS_COL.code - 1] === a.code) + 1;
  const problems: SheetProblem[] = [];
  const seenReviewer = new Set<string>();
  for (const a of adjustments) {
    for (const issue of reviewWordingIssues(compiled, a)) {
      if (issue.field === "reviewer") {
        // One name for the whole sheet, from --reviewer: said once, about the option, not per row.
        const vi = `--reviewer: ${issue.detail.vi}`;
        if (seenReviewer.has(vi)) continue;
        seenReviewer.add(vi);
        const en = `--reviewer: ${issue.detail.en}`;
        problems.push({ type: "invalid-text", message: { vi, en } });
        continue;
      }
      const row = rowOf(a);
      const col = issue.field === "reason" ? CONS_COL.reason : CONS_COL.reviewed;
      const cell = row > 0 ? cellRef(row, col) : undefined;
      // At its cell, as the sheet's reader words a row: the unit by its name, the criterion by its code (column C).
      const unit = unitName(compiled, a.unitId);
      problems.push({
        type: issue.field === "points" ? "too-many-decimals" : "invalid-text",
        ...(cell === undefined ? {} : { cell }),
        code: a.code,
        message:
          cell === undefined
            ? issue.message
            : msg(
                `Ô ${cell} (${unit}, tiêu chí ${a.code}): ${issue.detail.vi}`,
                `Cell ${cell} (${unit}, criterion ${a.code}): ${issue.detail.en}`,
              ),
      });
    }
  }
  return problems;
}
