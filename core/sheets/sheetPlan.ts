/**
 * A workbook as data (kế hoạch trang tính): what both renderers (Office.js in the task pane, ExcelJS in the CLI)
 * write. Pure, so the layout, formulas, validation and protection are tested once, in core.
 */

import type { ValueAxis } from "./chartValueAxis";

/** A cell's constant value; `null` leaves the cell empty. */
export type CellValue = string | number | boolean | null;

/** Names of the styles a plan may use; each renderer maps them to its library's formatting. */
export type StyleName =
  | "title"
  | "subtitle"
  | "label"
  | "header"
  | "section"
  | "group"
  | "criterion"
  | "input"
  | "points"
  | "subtotal"
  | "total"
  | "note"
  | "meta"
  /** Centred bold lines of a document's head (quốc hiệu, the signers' titles). */
  | "heading"
  /** Running text of a document (biên bản): wrapped, 12 points. */
  | "body"
  /** A short value centred in a bordered table cell (a rank). */
  | "centered";

/** Formatting of one style: plain data, colours as RRGGBB. */
export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle";
  border?: boolean;
};

/**
 * One cell. `f` is a formula without the leading "="; `v` a constant. `text: true` marks text of untrusted origin
 * (unit names, notes, evidence): renderers must store it as text, never as a formula or a number.
 * `locked: false` opens the cell for input when the sheet is protected.
 */
export type PlanCell = {
  v?: CellValue;
  f?: string;
  s?: StyleName;
  /** Number format code, e.g. "#,##0.00" (shown with a decimal comma by a Vietnamese Excel). */
  fmt?: string;
  locked?: boolean;
  text?: boolean;
};

/** A data validation rule on a range (dropdown lists, number bounds, whole counts). */
export type ValidationRule =
  | { type: "list"; items: readonly string[]; source?: string }
  | { type: "decimal"; min: number; max?: number }
  | { type: "whole"; min: number; max?: number }
  /** A formula (without "=") true for an accepted entry, written for the first cell of the first ref. */
  | { type: "custom"; formula: string };

export type PlanValidation = {
  /** A1 references (single cells or ranges); the same rule applies to all. */
  refs: string[];
  rule: ValidationRule;
  /** Shown when the entry is rejected. */
  error: string;
  prompt?: string;
};

/**
 * Conditional formatting: `formula` is written for the top-left cell of the first ref, relative references
 * move with the cell as in Excel.
 */
export type PlanConditionalFormat = {
  refs: string[];
  formula: string;
  fill: string;
  /** Why the cell is highlighted: out-of-range or missing. */
  reason: "out-of-range" | "missing";
};

export type PrintSetup = {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitToWidth: true;
  /** Rows repeated at the top of every printed page, e.g. "6:6". */
  titleRows?: string;
  header?: string;
  footer?: string;
  /** What prints (vùng in), e.g. "A1:E40"; the whole used range when absent. */
  printArea?: string;
};

export type SheetPlan = {
  name: string;
  visibility: "visible" | "veryHidden";
  columns: { width: number; hidden?: boolean }[];
  /** Dense rows; `cells[r][c]` is row r + 1, column c + 1; `null`/missing is an empty cell. */
  cells: (PlanCell | null)[][];
  merges: string[];
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  /** Sheet protection: structure and formulas locked, input cells (`locked: false`) open. */
  protect: boolean;
  print?: PrintSetup;
  freeze?: { rows: number; columns: number };
  /** A bar chart the renderer may draw (ExcelJS cannot; the Office.js renderer can). */
  chart?: ChartSpec;
  /** In-cell data bars (a chart every renderer and LibreOffice can show), e.g. on the totals column. */
  dataBars?: { ref: string; color: string }[];
  /**
   * Row heights in points by 0-based row, set after any autofit: spreadsheets never grow a row for wrapped text in
   * merged cells, so a document's paragraphs (merged across the page) carry their height here.
   */
  heights?: (number | null)[];
};

/**
 * A chart of the sheet's own cells. "bar": clustered bars of one column (`values`) against the category column.
 * "line": one line per column of `values`, whose first row holds the series' names (the units) and whose other
 * rows line up with `categories` (the years). ExcelJS cannot draw charts: the .xlsx renderer draws bars itself
 * and leaves lines to the in-cell data bars.
 */
export type ChartSpec = {
  title: string;
  type: "bar" | "line";
  sheet: string;
  categories: string;
  values: string;
  anchor: string;
  /** Labels and step of the value axis; without it the axis takes the values' number format. */
  valueAxis?: ValueAxis;
};

export type WorkbookPlan = {
  sheets: SheetPlan[];
  /**
   * Workbook structure protection (no password, like the sheets'): sheets cannot be added, renamed, moved, deleted,
   * hidden or shown (the metadata sheet above all) without unprotecting the workbook first.
   */
  protectStructure?: boolean;
  styles: Readonly<Record<StyleName, CellStyle>>;
};
