import { columnLetter } from "./cellAddress";
import { planGrid } from "./planGrid";
import { wrappedTextHeight } from "./rowHeights";
import type { PlanCell, StyleName } from "./sheetPlan";
import { SHEET_STYLES } from "./sheetStyles";

export type DocumentWriter = {
  readonly cells: (PlanCell | null)[][];
  readonly merges: string[];
  /** Heights of the merged rows (no spreadsheet sizes merged wrapped text); null where the renderer decides. */
  readonly heights: (number | null)[];
  /** The next row to write (1-based). */
  readonly row: number;
  /** One paragraph merged across the page. */
  line(text: string, style?: StyleName): void;
  /** Two blocks side by side, split after column `splitAt` (the head's issuer and motto, the signers). */
  split(left: string, right: string, style?: StyleName): void;
  /** A small empty row between parts. */
  gap(): void;
  /** One row of cells as given (a table's row); the renderers size it. */
  cellsRow(cells: readonly (PlanCell | null)[]): void;
  /** A bordered table, a style per column; its cells are not merged, so the renderers size its rows. */
  table(header: readonly string[], rows: readonly (readonly string[])[], styles: readonly StyleName[]): void;
};

/**
 * Writes a document (a biên bản) down a sheet of columns `widths` (characters), keeping each merged row's height as
 * its text wraps. Every text is stored as text, never as a formula or a number.
 */
export function documentWriter(widths: readonly number[], splitAt: number): DocumentWriter {
  const g = planGrid(widths.length);
  const merges: string[] = [];
  const heights: (number | null)[] = [];
  const last = columnLetter(widths.length);
  const width = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  let row = 1;
  const next = (height: number | null) => {
    heights[row - 1] = height;
    row++;
  };
  return {
    cells: g.cells,
    merges,
    heights,
    get row() {
      return row;
    },
    line(text, style = "body") {
      g.set(row, 1, { v: text, s: style, text: true });
      merges.push(`A${row}:${last}${row}`);
      next(wrappedTextHeight(text, width(0, widths.length), SHEET_STYLES[style]));
    },
    split(left, right, style = "heading") {
      const cell = (v: string): PlanCell => ({ v, s: style, text: true });
      g.set(row, 1, cell(left));
      g.set(row, splitAt + 1, cell(right));
      merges.push(
        `A${row}:${columnLetter(splitAt)}${row}`,
        `${columnLetter(splitAt + 1)}${row}:${last}${row}`,
      );
      next(
        Math.max(
          wrappedTextHeight(left, width(0, splitAt), SHEET_STYLES[style]),
          wrappedTextHeight(right, width(splitAt, widths.length), SHEET_STYLES[style]),
        ),
      );
    },
    gap() {
      next(8);
    },
    cellsRow(cells) {
      cells.forEach((cell, c) => {
        if (cell) g.set(row, c + 1, cell);
      });
      next(null);
    },
    table(header, rows, styles) {
      header.forEach((h, c) => g.set(row, c + 1, { v: h, s: "header" }));
      next(null);
      for (const r of rows) {
        r.forEach((v, c) => g.set(row, c + 1, { v, s: styles[c] ?? "criterion", text: true }));
        next(null);
      }
    },
  };
}
