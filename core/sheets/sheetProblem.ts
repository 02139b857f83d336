import type { Localized } from "../i18n/localized";

/** What is wrong with a filled workbook, per file and cell. */
export type SheetProblemType =
  | "not-ours"
  /** Not an .xlsx at all, by its content: .ods, .xls, a PDF or text renamed, … (said with what to do). */
  | "wrong-file-format"
  /** A byte-for-byte copy of a file listed before it that could not be used: its problems are said once. */
  | "duplicate-file"
  | "wrong-kind"
  | "fingerprint-mismatch"
  | "template-mismatch"
  | "unknown-unit"
  | "layout-changed"
  | "formula-edited"
  /** A locked constant (a title, a maximum, an award-history row) changed after the sheet was written. */
  | "constant-edited"
  | "not-a-number"
  | "too-many-decimals"
  | "out-of-range"
  | "not-whole"
  | "not-a-step"
  | "unknown-level"
  | "unknown-choice"
  | "invalid-target"
  | "invalid-text"
  /** A number typed with "%" where the criterion takes no percentage. */
  | "percent-entry";

/** One problem, naming the cell (e.g. "F14") and the criterion code where there is one. */
export type SheetProblem = { type: SheetProblemType; cell?: string; code?: string; message: Localized };
