/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The A1 address of a 1-based row and column, e.g. (14, 6) → "F14". */
export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Parses an A1 address ("F14", "$F$14") into 1-based row and column; undefined when it is not one. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] ?? "") column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
