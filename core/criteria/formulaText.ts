import type { Fixed } from "../decimal/fixed";
import { fromFixed } from "../decimal/fixed";
import type { Block } from "./criterionKind";

/** Words a pass/fail cell accepts: Đạt / Không đạt in the sections, Có / Không for bonus and deductions. */
export function passFailWords(block: Block): { yes: string; no: string } {
  return block === "sections" ? { yes: "Đạt", no: "Không đạt" } : { yes: "Có", no: "Không" };
}

/** A number as a formula literal (plain decimal, never exponent notation for template values). */
export function num(value: number): string {
  return String(value);
}

/** `Fixed` points as a formula literal. */
export function fixedLiteral(value: Fixed): string {
  return num(fromFixed(value));
}

/** A string literal in a formula: quotes doubled. */
export function str(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
