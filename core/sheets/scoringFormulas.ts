import type { Fixed, RoundingMode } from "../decimal/fixed";
import { fromFixed } from "../decimal/fixed";
import type { CompiledNode } from "../template/compileTemplate";

/** Words a pass/fail cell accepts: Đạt / Không đạt in the sections, Có / Không for bonus and deductions. */
export function passFailWords(block: CompiledNode["block"]): { yes: string; no: string } {
  return block === "sections" ? { yes: "Đạt", no: "Không đạt" } : { yes: "Có", no: "Không" };
}

/** A number as a formula literal (plain decimal, never exponent notation for template values). */
export function num(value: number): string {
  return String(value);
}

/** A string literal in a formula: quotes doubled. */
export function str(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

const pts = (v: Fixed): string => num(fromFixed(v));

/** Cells of one criterion row the formulas refer to. */
export type RowRefs = { input: string; target: string; evidence: string; raw: string };

/**
 * How a criterion's points come from its inputs, as core/scoring computes them: the exact `raw` value, rounded
 * with the template's rounding, then kept within [low, high]; 0 when `guard` (if any) is false.
 */
export type CriterionFormula = { raw: string; low: string; high: string; guard?: string };

/**
 * The formula parts of a criterion, or undefined for kinds a sheet cannot compute (relative-to-best, award
 * history). Steps of percent-of-target are counted after rounding the quotient to 9 decimals so that 92 % of 50
 * (binary 91,99999…) still counts 8 whole steps.
 */
export function criterionFormula(node: CompiledNode, r: RowRefs): CriterionFormula | undefined {
  const rule = node.rule;
  if (!rule) return undefined;
  const F = r.input;
  const G = r.target;
  const high = pts(node.max);
  switch (rule.kind) {
    case "passFail":
      return {
        raw: `IF(TRIM(${F})=${str(passFailWords(node.block).yes)},${pts(node.standard)},0)`,
        low: "0",
        high,
      };
    case "ladder": {
      let out = "0";
      for (const level of [...rule.levels].reverse()) {
        out = `IF(TRIM(${F})=${str(level.code)},${num(level.points)},${out})`;
      }
      return { raw: out, low: "0", high };
    }
    case "percentOfTarget": {
      const step = num(rule.stepPercent);
      const count = (q: string) => (rule.steps === "whole" ? `INT(ROUND(${q},9))` : q);
      const over = count(`(${F}-${G})*100/(${G}*${step})`);
      const under = count(`(${G}-${F})*100/(${G}*${step})`);
      const std = pts(node.standard);
      return {
        raw: `IF(AND(ISNUMBER(${F}),ISNUMBER(${G})),IF(${G}>0,IF(${F}>=${G},${std}+${over}*${num(rule.pointsPerStepOver)},${std}-${under}*${num(rule.pointsPerStepUnder)}),0),0)`,
        low: num(rule.floor),
        high,
        guard: `AND(ISNUMBER(${F}),ISNUMBER(${G}),N(${G})>0)`,
      };
    }
    case "count":
      return { raw: `IF(ISNUMBER(${F}),MAX(${F},0)*${num(rule.pointsPerItem)},0)`, low: "0", high };
    case "violations":
      return {
        raw: `${pts(node.standard)}-N(${F})*${num(rule.pointsPerViolation)}`,
        low: num(rule.floor),
        high,
        guard: `ISNUMBER(${F})`,
      };
    case "manual":
      return { raw: `N(${F})`, low: "0", high, guard: `ISNUMBER(${F})` };
    case "relativeToBest":
    case "awardHistory":
      return undefined;
  }
}

/**
 * Rounds `x` (a cell) to `decimals` places as core/decimal's `roundRatio` does: half-up away from zero is
 * Excel's ROUND; "down" truncates toward zero after snapping binary noise (ROUND to 9 places); half-even detects
 * an exact half on the scaled value and rounds it to the even neighbour (2 × ROUND(y/2)).
 */
export function roundingFormula(x: string, decimals: number, mode: RoundingMode): string {
  switch (mode) {
    case "half-up":
      return `ROUND(${x},${decimals})`;
    case "down":
      return `ROUNDDOWN(ROUND(${x},9),${decimals})`;
    case "half-even": {
      const p = num(10 ** decimals);
      return `IF(ABS(MOD(ROUND(${x}*${p},6),1))=0.5,2*ROUND(${x}*${p}/2,0)/${p},ROUND(${x},${decimals}))`;
    }
  }
}

/**
 * The criterion's points: rounded raw points within [low, high]; 0 when the guard fails, and 0 when evidence is
 * required and the evidence cell is empty (except in the deduction block, as the engine does).
 */
export function pointsFormula(
  node: CompiledNode,
  parts: CriterionFormula,
  r: RowRefs,
  decimals: number,
  mode: RoundingMode,
): string {
  const limited = `MAX(${parts.low},MIN(${parts.high},${roundingFormula(r.raw, decimals, mode)}))`;
  const guarded = parts.guard ? `IF(${parts.guard},${limited},0)` : limited;
  return node.evidenceRequired && node.block !== "deductions"
    ? `IF(LEN(TRIM(${r.evidence}))=0,0,${guarded})`
    : guarded;
}

/** SUM over cells, merging consecutive rows into ranges and nesting beyond Excel's 255 arguments. */
export function sumFormula(column: string, rows: readonly number[]): string {
  if (rows.length === 0) return "0";
  const parts: string[] = [];
  let start = rows[0] ?? 0;
  let prev = start;
  const flush = () => parts.push(start === prev ? `${column}${start}` : `${column}${start}:${column}${prev}`);
  for (const row of rows.slice(1)) {
    if (row === prev + 1) {
      prev = row;
      continue;
    }
    flush();
    start = prev = row;
  }
  flush();
  if (parts.length <= 200) return `SUM(${parts.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 200) chunks.push(`SUM(${parts.slice(i, i + 200).join(",")})`);
  return `SUM(${chunks.join(",")})`;
}

/** SUM limited by a cap (MIN), as a capped group, bonus or deduction block. */
export function cappedSum(column: string, rows: readonly number[], cap: Fixed | undefined): string {
  const sum = sumFormula(column, rows);
  return cap === undefined ? sum : `MIN(${pts(cap)},${sum})`;
}
