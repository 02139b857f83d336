import type { InputCell, SheetCells } from "./criterionKind";
import { val } from "./criterionWords";

/** A number read from a sheet cell that must not be negative; a negative one is reported and not read. */
export function readNonNegative(cells: SheetCells, cell: InputCell): number | undefined {
  const value = cells.number(cell);
  if (value === undefined || value >= 0) return value;
  cells.report("out-of-range", cell, `${val(value, "vi")} âm`, `${val(value, "en")} is negative`);
  return undefined;
}
