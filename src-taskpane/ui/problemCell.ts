import type { ReturnProblem } from "../../core/scoring";
import { cellRef, COL } from "../../core/sheets";
import type { ScoringSheetLayout } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";

/**
 * The scoring-sheet cell a return problem is about, from core's sheet layout: the evidence cell for missing
 * evidence, the input cell otherwise; undefined for a problem about the whole return.
 */
export function problemCell(
  compiled: CompiledTemplate,
  layout: ScoringSheetLayout,
  problem: ReturnProblem,
): string | undefined {
  const node = problem.code === undefined ? undefined : compiled.byCode.get(problem.code);
  const row = node === undefined ? undefined : layout.rowOf[node.index];
  if (row === undefined || row === 0) return undefined;
  return cellRef(row, problem.type === "missing-evidence" ? COL.evidence : COL.input);
}
