import type { SheetCells, SheetInput } from "./criterionKind";
import { val } from "./criterionWords";

/** A count read from the input cell: a whole number in 0–1.000.000, otherwise reported and not read. */
export function readCount(cells: SheetCells): { count?: number } {
  const c = cells.number("input");
  if (c === undefined) return {};
  if (!Number.isInteger(c)) {
    cells.report(
      "not-whole",
      "input",
      `${val(c, "vi")} không phải số nguyên`,
      `${val(c, "en")} is not a whole number`,
    );
    return {};
  }
  if (c < 0 || c > 1_000_000) {
    cells.report(
      "out-of-range",
      "input",
      `${val(c, "vi")} ngoài khoảng 0–1.000.000`,
      `${val(c, "en")} is outside 0–1,000,000`,
    );
    return {};
  }
  return { count: c };
}

/** The input cell of a count: a whole number ≥ 0, flagged when it is not one. */
export function countSheetInput(count: number | undefined): SheetInput {
  return {
    input: count ?? null,
    format: "count",
    validations: [
      {
        cell: "input",
        rule: { type: "whole", min: 0, max: 1_000_000 },
        error: "Nhập một số nguyên không âm.",
      },
    ],
    highlights: [
      {
        cell: "input",
        reason: "out-of-range",
        formula: (c) => `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<0,${c}<>INT(${c})))`,
      },
    ],
  };
}
