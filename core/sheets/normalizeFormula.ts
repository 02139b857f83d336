/** Compares formulas as spreadsheets rewrite them: no "=", no spaces, no "$", no "_xlfn.", any case. */
export function normalizeFormula(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/_xlfn\./gi, "")
    .replace(/[\s$]/g, "")
    .toUpperCase();
}
