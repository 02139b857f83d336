import type { PlanCell } from "../../core/sheets";

/**
 * What to put in `range.formulas` for a plan cell. Excel parses what it is given as if typed: "=…" becomes a
 * formula, "1/2" a date, "00123" a number. A leading apostrophe makes Excel keep the rest as text and is not part
 * of the value, so every string constant in a General cell gets one; cells formatted as text ("@", written before
 * the values) take strings literally. Either way untrusted text (unit names, notes, evidence) stays inert.
 */
export function excelInput(cell: PlanCell | null | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.f !== undefined) return `=${cell.f}`;
  const v = cell.v;
  if (v === null || v === undefined) return "";
  // A text-formatted ("@") cell keeps what it is given literally, apostrophe included: no prefix there.
  if (typeof v === "string") return v === "" || cell.fmt === "@" ? v : `'${v}`;
  return v;
}

/** The approximate bytes a value adds to a request (JSON), for keeping requests far below 5 MB. */
export function payloadBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
