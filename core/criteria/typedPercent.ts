/**
 * A number typed with "%" (gõ kèm dấu phần trăm): Excel and LibreOffice store "95%" as 0,95 and format the cell as
 * a percentage. One rule for the sheet's formulas and for the readers: in a kind that takes percentages (percent
 * of target), a percent-formatted cell means the percentage typed (95); in any other kind it is refused.
 */

/** Whether a number format shows values as percentages: a "%" outside quotes, brackets and escapes. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return bare.includes("%");
}

/** The percentage typed into a percent-formatted cell (0,95 → 95), without binary noise (0,07 × 100). */
export function typedPercentage(stored: number): number {
  return Number((stored * 100).toFixed(9));
}

/** True in a sheet formula when the cell is formatted as a percentage (CELL gives "P0", "P2", …). */
export function percentFormattedFormula(cell: string): string {
  return `LEFT(CELL("format",${cell}),1)="P"`;
}

/** The cell's value as the sheet's arithmetic must read it: a percent-formatted entry as its percentage. */
export function typedNumberFormula(cell: string): string {
  return `IF(${percentFormattedFormula(cell)},${cell}*100,${cell})`;
}
