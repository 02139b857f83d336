import { fromFixed } from "../decimal/fixed";
import { formatFixed, formatNumber } from "../i18n/formatNumber";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Block, SheetColumns, SheetMissing } from "./criterionKind";

/** What the row is called: Tiêu chí / Mục thưởng / Mục trừ (criterion, bonus item, deduction item). */
export function rowName(block: Block): Localized {
  if (block === "sections") return msg("Tiêu chí", "Criterion");
  return block === "bonus" ? msg("Mục thưởng", "Bonus item") : msg("Mục trừ", "Deduction item");
}

/** The explanation of a criterion nobody answered. */
export const NO_ENTRY: Localized = msg("Chưa nhập: 0", "No entry: 0");

/** `Fixed` points in the language (26,5 / 26.5). */
export function pts(value: number, lang: Lang): string {
  return formatFixed(value, lang);
}

/** A number typed in a template or a return (a count, a step, a percent) in the language. */
export function val(value: number, lang: Lang): string {
  return formatNumber(value, lang);
}

/** A `Fixed` maximum as a plain number in the language. */
export function maxOf(max: number, lang: Lang): string {
  return formatNumber(fromFixed(max), lang);
}

/** A missing count on the scoring sheet (count and violations read the same whole number). */
export function countSheetMissing({ input }: SheetColumns): SheetMissing {
  return {
    cell: "input",
    message: msg(
      `chưa nhập số lần (cột ${input}, số nguyên ≥ 0)`,
      `enter the count (column ${input}, a whole number ≥ 0)`,
    ),
  };
}
