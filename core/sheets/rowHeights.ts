import type { CellStyle, SheetPlan, StyleName } from "./sheetPlan";

/** Points per line of 11-point text, as Excel's default row height (15). */
const LINE_HEIGHT = 15;
/** The tallest row Excel allows (409,5 points): a taller one is not a valid Excel row. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Row heights (points, by 0-based row) that show every wrapped cell whole: spreadsheets do not grow rows for text
 * written by a library, so a renderer sets them. Lines are estimated from the column width (characters of "0")
 * and the text length, paragraph by paragraph, up to the tallest row a spreadsheet allows (about 27 lines: a note
 * longer than its cell can hold at that height does not print whole); undefined keeps the default height.
 */
export function rowHeights(
  sheet: SheetPlan,
  styles: Readonly<Record<StyleName, CellStyle>>,
): (number | undefined)[] {
  const merged = new Set<string>();
  for (const m of sheet.merges) merged.add(m.split(":")[0] ?? "");
  return sheet.cells.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell || typeof cell.v !== "string" || cell.v === "") return;
      const style = cell.s ? styles[cell.s] : undefined;
      const text = cell.v;
      if (!style?.wrap && !text.includes("\n")) return;
      const colRef = String.fromCharCode(65 + c);
      if (merged.has(`${colRef}${r + 1}`)) return;
      // Proportional fonts fit about 1,1 characters per width unit (bold fewer); lines break between words.
      const perLine = Math.max(1, Math.floor((sheet.columns[c]?.width ?? 10) * (style?.bold ? 0.85 : 1.1)));
      const scale = (style?.size ?? 11) / 11;
      const needed = text.split("\n").reduce((sum, p) => sum + wrappedLines(p, perLine / scale), 0);
      lines = Math.max(lines, needed);
    });
    return lines > 1 ? Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT) : undefined;
  });
}

/**
 * Points a wrapped text takes across `width` characters of columns (a merged paragraph's columns added up) in a
 * style: its lines at 15 points per 11-point line, scaled with the font size. For rows no spreadsheet sizes itself.
 */
export function wrappedTextHeight(text: string, width: number, style: CellStyle | undefined): number {
  const perLine = Math.max(1, Math.floor(width * (style?.bold ? 0.85 : 1.1)));
  const scale = (style?.size ?? 11) / 11;
  const lines = text.split("\n").reduce((sum, p) => sum + wrappedLines(p, perLine / scale), 0);
  return Math.ceil(lines * LINE_HEIGHT * scale);
}

/** Lines a paragraph takes when wrapped at word boundaries into lines of `width` characters. */
function wrappedLines(paragraph: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= width) used += 1 + word.length;
    else {
      lines += 1;
      used = word.length;
    }
    // A word longer than the line breaks inside itself.
    while (used > width) {
      lines += 1;
      used -= Math.max(1, Math.floor(width));
    }
  }
  return lines;
}
