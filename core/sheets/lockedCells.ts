import { sha256Hex } from "../hash/sha256";
import { cellRef, parseCellRef } from "./cellAddress";
import { normalizeFormula } from "./normalizeFormula";
import type { SheetPlan } from "./sheetPlan";

/**
 * The locked cells of a sheet in a canonical form (ô bị khóa): reference → "n:10", "s:Công an tỉnh", "=SUM(H8:H9)",
 * empty cells left out. The same form is made from a plan (when it is written) and from a grid
 * read back from Excel, LibreOffice or Office.js (when it is checked), so what a spreadsheet program rewrites on its
 * own does not count as a change: numbers to 15 significant digits, text with its spaces collapsed, formulas as
 * `normalizeFormula` compares them. Values of formula cells are not part of it (they are recomputed on load).
 */
export type LockedCells = Map<string, string>;

/** Cells left out of the canonical form: the open input cells and anything else the user may legitimately change. */
export type OpenCell = (row: number, column: number) => boolean;

/** The canonical form of one cell, or undefined when it is empty. */
export function canonicalCell(value: unknown, formula?: string | null): string | undefined {
  if (typeof formula === "string" && formula !== "") return `=${normalizeFormula(formula)}`;
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number")
    return Number.isFinite(value) ? `n:${Number(value.toPrecision(15))}` : undefined;
  if (typeof value === "boolean") return `b:${value}`;
  if (value instanceof Date) return `d:${value.toISOString()}`;
  const text = String(value).normalize("NFC").replace(/\s+/g, " ").trim();
  return text === "" ? undefined : `s:${text}`;
}

/** The locked cells the plan writes (a cell with `locked: false` is open for input and left out). */
export function planLockedCells(sheet: SheetPlan, open: OpenCell): LockedCells {
  const out: LockedCells = new Map();
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.locked === false || open(r + 1, c + 1)) return;
      const canonical = canonicalCell(cell.v, cell.f);
      if (canonical !== undefined) out.set(cellRef(r + 1, c + 1), canonical);
    }),
  );
  return out;
}

/** The same cells read from a grid: values, and formulas (without "=", null for a constant) of the same shape. */
export function gridLockedCells(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  open: OpenCell,
): LockedCells {
  const out: LockedCells = new Map();
  const rows = Math.max(values.length, formulas.length);
  for (let r = 0; r < rows; r++) {
    const vr = values[r] ?? [];
    const fr = formulas[r] ?? [];
    const columns = Math.max(vr.length, fr.length);
    for (let c = 0; c < columns; c++) {
      if (open(r + 1, c + 1)) continue;
      const f = fr[c];
      const canonical = canonicalCell(vr[c], typeof f === "string" ? f : null);
      if (canonical !== undefined) out.set(cellRef(r + 1, c + 1), canonical);
    }
  }
  return out;
}

/** SHA-256 of the canonical cells, one "REF\tFORM\n" line each, row by row, left to right: "sha256:…". */
export function lockedCellsHash(cells: LockedCells): string {
  const place = (ref: string) => {
    const at = parseCellRef(ref);
    return at === undefined ? Number.MAX_SAFE_INTEGER : at.row * 100_000 + at.column;
  };
  const refs = [...cells.keys()].map((ref) => ({ ref, at: place(ref) })).sort((a, b) => a.at - b.at);
  let text = "";
  for (const { ref } of refs) text += `${ref}\t${cells.get(ref)}\n`;
  return `sha256:${sha256Hex(text)}`;
}
