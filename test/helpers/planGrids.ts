import type { SheetPlan } from "../../core/sheets/sheetPlan";

/** The values a spreadsheet would show before recalculation: constants only (formula cells read as null). */
export function planValues(sheet: SheetPlan): unknown[][] {
  return sheet.cells.map((row) => row.map((c) => (c && c.f === undefined ? (c.v ?? null) : null)));
}

/** The formulas of a plan sheet, shaped like a grid. */
export function planFormulas(sheet: SheetPlan): (string | null)[][] {
  return sheet.cells.map((row) => row.map((c) => c?.f ?? null));
}
