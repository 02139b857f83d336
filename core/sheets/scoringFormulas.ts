import type { CriterionFormula, RowRefs } from "../criteria/criterionKind";
import { fixedLiteral, num } from "../criteria/formulaText";
import { criterionKind } from "../criteria/registry";
import type { Fixed, RoundingMode } from "../decimal/fixed";
import type { CompiledNode } from "../template/compileTemplate";

export type { CriterionFormula, RowRefs } from "../criteria/criterionKind";
export { num, passFailWords, str } from "../criteria/formulaText";

const pts = fixedLiteral;

/**
 * The formula parts of a criterion, from its kind (see `CriterionKindModule.formula`), or undefined for a group
 * and for kinds a sheet cannot compute (relative-to-best, award history).
 */
export function criterionFormula(node: CompiledNode, refs: RowRefs): CriterionFormula | undefined {
  return node.rule === undefined ? undefined : criterionKind(node.rule).formula(node, node.rule, refs);
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
