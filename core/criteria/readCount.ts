import type { SheetCells, SheetInput } from "./criterionKind";
import { val } from "./criterionWords";
import { typedPercentage } from "./typedPercent";

/** A count read from the input cell: a whole number in 0–1.000.000, otherwise reported and not read. */
export function readCount(cells: SheetCells): { count?: number } {
  const c = cells.number("input");
  if (c === undefined) return {};
  if (!Number.isInteger(c)) {
    // "8%" typed over the count's own number format is stored as 0,08 with no trace of the "%" (and shows 0):
    // refused like any fraction, naming what was probably typed. A count is never a percentage.
    const typed = typedPercentage(c);
    const percent = c > 0 && c < 1 && Number.isInteger(typed);
    cells.report(
      "not-whole",
      "input",
      percent
        ? `${val(c, "vi")} không phải số nguyên (nếu đã gõ "${val(typed, "vi")}%": ô số lượng không nhận dấu %, hãy nhập ${val(typed, "vi")})`
        : `${val(c, "vi")} không phải số nguyên`,
      percent
        ? `${val(c, "en")} is not a whole number (if "${val(typed, "en")}%" was typed: a count takes no % sign, enter ${val(typed, "en")})`
        : `${val(c, "en")} is not a whole number`,
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
        error: "Nhập số lượng là số nguyên không âm, không kèm dấu % (ví dụ 8).",
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
