import type { CellStyle, StyleName } from "./sheetPlan";

/** The house look of every sheet: sober, printable in black and white, input cells in light yellow. */
export const SHEET_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14, hAlign: "center", vAlign: "middle" },
  subtitle: { italic: true, size: 11, hAlign: "center" },
  label: { bold: true },
  header: { bold: true, fill: "D9E1F2", wrap: true, hAlign: "center", vAlign: "middle", border: true },
  section: { bold: true, fill: "EDEDED", wrap: true, vAlign: "top", border: true },
  group: { bold: true, italic: true, wrap: true, vAlign: "top", border: true },
  criterion: { wrap: true, vAlign: "top", border: true },
  input: { fill: "FFF2CC", wrap: true, vAlign: "top", border: true },
  points: { vAlign: "top", border: true, hAlign: "right" },
  subtotal: { bold: true, fill: "EDEDED", border: true, hAlign: "right" },
  total: { bold: true, size: 12, fill: "D9E1F2", border: true },
  note: { italic: true, wrap: true, size: 10 },
  meta: { color: "808080" },
  heading: { bold: true, size: 12, wrap: true, hAlign: "center", vAlign: "top" },
  body: { size: 12, wrap: true, vAlign: "top" },
  centered: { border: true, hAlign: "center", vAlign: "top" },
};

/** Fill colours of conditional formats: out of range (red) and missing required entries (orange). */
export const HIGHLIGHT = { outOfRange: "F4B6B6", missing: "F8CBAD" } as const;

/** Number format for points with `decimals` places; a Vietnamese Excel shows it as 1.486,50. */
export function pointsFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** Number format of whole counts (1.486). */
export const COUNT_FORMAT = "#,##0";
/** Format of free decimal inputs: Excel's General shows the locale's decimal comma. */
export const GENERAL_FORMAT = "General";
/** Text format: what is typed stays text (never a formula or a number). */
export const TEXT_FORMAT = "@";
