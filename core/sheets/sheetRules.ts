import type { CellValidationRule } from "../criteria/criterionKind";
import { columnLetter } from "./cellAddress";
import { HIGHLIGHT } from "./sheetStyles";
import type { PlanConditionalFormat, PlanValidation } from "./sheetPlan";

/** Longest inline dropdown list Excel accepts (255 characters, we stay below). */
const INLINE_LIST_LIMIT = 240;

/**
 * The data validations and highlights of a sheet, collected cell by cell and merged: one validation per rule,
 * one conditional format per column and relative formula. Long dropdown lists go to the metadata sheet.
 */
export type SheetRules = {
  validate(ref: string, rule: CellValidationRule, error: string): void;
  highlight(ref: string, formulaAt: (ref: string) => string, reason: PlanConditionalFormat["reason"]): void;
  validations(): PlanValidation[];
  conditionalFormats(): PlanConditionalFormat[];
  /** Lists too long (or with commas or quotes) to write inline, in the order they were met. */
  lists: string[][];
};

export function sheetRules(): SheetRules {
  const validations = new Map<string, PlanValidation>();
  const cfs = new Map<string, PlanConditionalFormat>();
  const lists: string[][] = [];
  const planRule = (rule: CellValidationRule, ref: string): PlanValidation["rule"] => {
    if (rule.type === "custom") return { type: "custom", formula: rule.formula(ref) };
    if (rule.type !== "list") return rule;
    const items = [...rule.items];
    if (items.join(",").length <= INLINE_LIST_LIMIT && !items.some((i) => /[,"]/.test(i))) {
      return { type: "list", items };
    }
    lists.push(items);
    const col = columnLetter(3 + lists.length);
    return { type: "list", items, source: `'_thidua'!$${col}$2:$${col}$${items.length + 1}` };
  };
  return {
    lists,
    validate(ref, rule, error) {
      const v = { rule: planRule(rule, ref), error };
      const key = JSON.stringify(v);
      const found = validations.get(key);
      if (found) found.refs.push(ref);
      else validations.set(key, { ...v, refs: [ref] });
    },
    highlight(ref, formulaAt, reason) {
      // One rule per column and relative formula, refs top-down: the formula is written for the first (top-left)
      // cell and Excel and LibreOffice shift it to the others.
      const key = `${reason}|${ref.replace(/[0-9]+$/, "")}|${formulaAt("§")}`;
      const found = cfs.get(key);
      if (found) found.refs.push(ref);
      else {
        const fill = reason === "missing" ? HIGHLIGHT.missing : HIGHLIGHT.outOfRange;
        cfs.set(key, { refs: [ref], formula: formulaAt(ref), fill, reason });
      }
    },
    validations: () => [...validations.values()],
    conditionalFormats: () => [...cfs.values()],
  };
}
