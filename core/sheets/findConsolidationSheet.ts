import type { CompiledTemplate } from "../template/compileTemplate";
import { CONS_COL, CONSOLIDATION_SHEET } from "./consolidationSheetPlan";

/**
 * The consolidation sheet of a ranking workbook, found by what it holds rather than its tab's name: the sheet named
 * "Tổng hợp", else the first whose rows pair a member's id (hidden column J) with a criterion's code (column C).
 */
export function findConsolidationSheet<G extends { name: string; values: readonly (readonly unknown[])[] }>(
  compiled: CompiledTemplate,
  grids: readonly G[],
): G | undefined {
  const named = grids.find((g) => g.name === CONSOLIDATION_SHEET);
  if (named !== undefined) return named;
  return grids.find((g) =>
    g.values.some(
      (row) =>
        compiled.memberIds.has(String(row[CONS_COL.unitId - 1] ?? "")) &&
        compiled.byCode.has(String(row[CONS_COL.code - 1] ?? "")),
    ),
  );
}
