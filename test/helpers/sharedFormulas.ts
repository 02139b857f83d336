import type ExcelJS from "exceljs";

/** A formula moved down `rows` rows, as filling it down does: relative row numbers change, `$` rows stay. */
export function moveFormulaDown(formula: string, rows: number): string {
  // Only references: quoted text ("Đạt") is kept apart so that nothing inside it is taken for one.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
            (_, col: string, abs: string, row: string) =>
              `${col}${abs}${abs ? row : String(Number(row) + rows)}`,
          ),
    )
    .join("");
}

/**
 * Rewrites a sheet the way Excel saves formulas that were filled down: in each column, a run of cells whose
 * formula is the one above moved down one row becomes a shared formula (`<f t="shared" si=…/>`) pointing at the
 * run's first cell. Returns how many cells became shared.
 */
export function shareFilledFormulas(ws: ExcelJS.Worksheet): number {
  let shared = 0;
  for (let c = 1; c <= ws.columnCount; c++) {
    let master: { address: string; row: number; formula: string } | undefined;
    for (let r = 1; r <= ws.rowCount; r++) {
      const cell = ws.getCell(r, c);
      const value = cell.value;
      const formula =
        value !== null && typeof value === "object" && "formula" in value ? value.formula : undefined;
      if (!formula) {
        master = undefined;
        continue;
      }
      if (master && moveFormulaDown(master.formula, r - master.row) === formula) {
        cell.value = { sharedFormula: master.address } as ExcelJS.CellSharedFormulaValue;
        shared += 1;
      } else master = { address: cell.address, row: r, formula };
    }
  }
  return shared;
}
