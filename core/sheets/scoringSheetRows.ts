import type { CriterionContext, InputCell, SheetInput } from "../criteria/criterionKind";
import { criterionKind } from "../criteria/registry";
import { percentFormattedFormula } from "../criteria/typedPercent";
import { fromFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import { cellRef, columnLetter } from "./cellAddress";
import { formatEvidence } from "./evidenceText";
import type { PlanGrid } from "./planGrid";
import { ruleDescription } from "./ruleDescription";
import { cappedSum, criterionFormula, pointsFormula } from "./scoringFormulas";
import { COL } from "./scoringSheetLayout";
import type { SheetRules } from "./sheetRules";
import type { PlanCell } from "./sheetPlan";
import { COUNT_FORMAT, GENERAL_FORMAT, TEXT_FORMAT } from "./sheetStyles";

/** What every row of one scoring sheet shares. */
export type RowsContext = {
  g: PlanGrid;
  rules: SheetRules;
  /** Row of each node, by node index. */
  rowOf: readonly number[];
  pointsFormat: string;
  rounding: CriterionContext["rounding"];
  /** For rows a kind writes as constants (award history). */
  criterion: Omit<CriterionContext, "best">;
};

/** Code, title, standard and maximum of any node, styled by what it is. */
export function writeNodeHead(
  ctx: RowsContext,
  node: CompiledNode,
  row: number,
): "section" | "criterion" | "group" {
  const style = node.rule ? "criterion" : node.depth === 0 && node.block === "sections" ? "section" : "group";
  const { g, pointsFormat: fmt } = ctx;
  g.set(row, COL.code, { v: node.code, s: style });
  g.set(row, COL.title, { v: "   ".repeat(node.depth) + node.title, s: style });
  g.set(row, COL.standard, { v: fromFixed(node.standard), s: "points", fmt });
  g.set(row, COL.max, { v: fromFixed(node.max), s: "points", fmt });
  return style;
}

/** A group's row: the sum of its children, limited by its cap. */
export function writeGroupRow(
  ctx: RowsContext,
  node: CompiledNode,
  row: number,
  style: "section" | "group",
): void {
  const { g } = ctx;
  const childRows = node.children.map((c) => ctx.rowOf[c] ?? 0);
  const how =
    node.cap === undefined
      ? "Tổng các mục con"
      : `Tổng các mục con, tối đa ${formatNumber(fromFixed(node.cap))}`;
  g.set(row, COL.how, { v: how, s: style });
  g.set(row, COL.points, {
    f: cappedSum(columnLetter(COL.points), childRows, node.cap),
    s: "subtotal",
    fmt: ctx.pointsFormat,
  });
  for (const c of [COL.input, COL.target, COL.evidence, COL.note]) g.set(row, c, { v: null, s: style });
}

/**
 * A criterion's row: how it is scored, its input cells (from its kind, prefilled from `entry`), its points
 * formula, evidence and note; a kind that writes its points as a constant (award history) locks the row.
 */
export function writeCriterionRow(
  ctx: RowsContext,
  node: CompiledNode,
  row: number,
  entry: Entry | undefined,
): void {
  const rule = node.rule!;
  const kind = criterionKind(rule);
  const { g, pointsFormat: fmt } = ctx;
  g.set(row, COL.how, { v: ruleDescription(node), s: "criterion" });
  if (kind.sheetConstant !== undefined) {
    const constant = kind.sheetConstant(node, rule, { ...ctx.criterion, best: undefined });
    g.set(row, COL.input, { v: constant.text, s: "criterion" });
    g.set(row, COL.target, { v: null, s: "criterion" });
    g.set(row, COL.points, { v: fromFixed(constant.points), s: "points", fmt });
    g.set(row, COL.evidence, { v: null, s: "criterion" });
    g.set(row, COL.note, { v: null, s: "criterion" });
    return;
  }
  const refs = {
    input: cellRef(row, COL.input),
    target: cellRef(row, COL.target),
    evidence: cellRef(row, COL.evidence),
    raw: cellRef(row, COL.raw),
  };
  const sheet = kind.sheetInput(node, rule, entry);
  writeInputRules(ctx, sheet, refs, node.block === "sections", kind.typedPercent === "percentage");
  g.set(row, COL.input, inputCell(sheet, fmt));
  g.set(
    row,
    COL.target,
    sheet.target === undefined
      ? { v: null, s: "criterion" }
      : { v: sheet.target, s: "input", locked: false, fmt: GENERAL_FORMAT },
  );
  const parts = criterionFormula(node, refs);
  g.set(row, COL.raw, parts === undefined ? { v: 0 } : { f: parts.raw });
  g.set(
    row,
    COL.points,
    parts === undefined
      ? { v: 0, s: "points", fmt }
      : { f: pointsFormula(node, parts, refs, ctx.rounding.decimals, ctx.rounding.mode), s: "points", fmt },
  );
  const text = { s: "input", locked: false, text: true, fmt: TEXT_FORMAT } as const;
  g.set(row, COL.evidence, { v: formatEvidence(entry?.evidence), ...text });
  g.set(row, COL.note, { v: entry?.note ?? null, ...text });
  if (node.evidenceRequired) {
    const rawOf = (c: string) => c.replace(/^[A-Z]+/, `$${columnLetter(COL.raw)}`);
    ctx.rules.highlight(refs.evidence, (c) => `AND(LEN(TRIM(${c}))=0,${rawOf(c)}>0)`, "missing");
  }
}

/** The kind's validations and highlights on its input cells; an empty input of the scored sections is missing. */
function writeInputRules(
  ctx: RowsContext,
  sheet: SheetInput,
  refs: Record<InputCell, string>,
  scored: boolean,
  takesPercent: boolean,
): void {
  const maxCell = (c: string) => c.replace(/^[A-Z]+/, `$${columnLetter(COL.max)}`);
  for (const v of sheet.validations) ctx.rules.validate(refs[v.cell], v.rule, v.error);
  for (const h of sheet.highlights)
    ctx.rules.highlight(refs[h.cell], (c) => h.formula(c, maxCell(c)), h.reason);
  if (scored) ctx.rules.highlight(refs.input, (c) => `LEN(TRIM(${c}))=0`, "missing");
  // "8%" where no percentage is meant: red, as the reader refuses it (typedPercent.ts).
  if (!takesPercent && sheet.format !== "text")
    ctx.rules.highlight(
      refs.input,
      (c) => `AND(ISNUMBER(${c}),${percentFormattedFormula(c)})`,
      "out-of-range",
    );
}

function inputCell(sheet: SheetInput, pointsFormat: string): PlanCell {
  const cell: PlanCell = { v: sheet.input, s: "input", locked: false, fmt: GENERAL_FORMAT };
  if (sheet.format === "text") Object.assign(cell, { text: true, fmt: TEXT_FORMAT });
  else if (sheet.format === "count") cell.fmt = COUNT_FORMAT;
  else if (sheet.format === "points") cell.fmt = pointsFormat;
  return cell;
}
