/// <reference types="office-js" />

/**
 * One sheet as read back, row 1 first: values, formulas (without "=", null for constants) and number formats (core
 * reads a percent-formatted entry, "95%" stored as 0,95, as the percentage typed).
 */
export type SheetGridRead = {
  name: string;
  values: unknown[][];
  formulas: (string | null)[][];
  formats: (string | null)[][];
};

/**
 * Reads whole sheets (by name) in ONE `context.sync()`: each used range's values, formulas, formats and position. A
 * missing sheet makes every entry undefined (a workbook without the hidden _thidua sheet is not ours). Text that
 * looks like a formula ("=1+1" in a text cell) is read as text, never as a formula.
 */
export async function readSheetGrids(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<(SheetGridRead | undefined)[]> {
  const ranges = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
    range.load("values, formulas, numberFormat, rowIndex, columnIndex");
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    // A missing sheet fails the whole request: the workbook is not one of ours (or was damaged).
    if ((error as { code?: unknown } | null)?.code === "ItemNotFound") return names.map(() => undefined);
    throw error;
  }
  return names.map((name, i) => {
    const range = ranges[i];
    if (!range) return undefined;
    if (range.isNullObject) return { name, values: [], formulas: [], formats: [] };
    const pad = <T>(rows: T[][], fill: T): T[][] => [
      ...Array.from({ length: range.rowIndex }, () => [] as T[]),
      ...rows.map((row) => [...Array.from({ length: range.columnIndex }, () => fill), ...row]),
    ];
    // Each property read once: a grid read per cell is quadratic wherever the property is computed on access.
    const loaded = range.values;
    const values = pad(
      loaded.map((row) => row.map((v) => (v === "" ? null : v))),
      null as unknown,
    );
    const formulas = pad(
      range.formulas.map((row, r) => row.map((f, c) => formulaOf(f, loaded[r]?.[c]))),
      null as string | null,
    );
    const formats = pad(
      range.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : null))),
      null as string | null,
    );
    return { name, values, formulas, formats };
  });
}

/**
 * The formula of a cell (without "="), or null for a constant. `formulas` gives a constant's value too, so a text
 * cell holding "=1+1" (typed into an "@" cell, or after an apostrophe) reads "=1+1" there just as a formula does;
 * only a formula's value differs from its text: the value is what it computes.
 */
function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return formula === value ? null : formula.slice(1);
}
