import type { Fixed } from "../decimal/fixed";
import { roundPoints } from "../decimal/fixed";
import type { Lang } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import type { SheetColumns, SheetMissing } from "./criterionKind";
import type { CompiledNode } from "../template/compileTemplate";
import { pts, val } from "./criterionWords";
import type { PercentOfTargetRule, PercentOfTargetWorking } from "./percentOfTarget";

/** "92% kế hoạch: 30 − 8 × 0,5 = 26", "110% of target: 30 + 10 × 0.5 = 35, max 33 → 33". */
export function percentText(
  lang: Lang,
  node: CompiledNode,
  rule: PercentOfTargetRule,
  w: PercentOfTargetWorking,
): string {
  const vi = lang === "vi";
  const percent = ratio(w.percentNum, w.percentDen, 2);
  let head = `${percent.exact ? "" : "≈"}${pts(percent.value, lang)}% ${vi ? "kế hoạch" : "of target"}`;
  if (rule.stepPercent !== 1) {
    const step = val(rule.stepPercent, lang);
    head += vi ? ` (bước ${step}%)` : ` (${step}% steps)`;
  }
  if (w.direction === 0)
    return `${head}: ${vi ? "đạt điểm chuẩn" : "standard points"} ${pts(w.points, lang)}`;
  const steps = ratio(w.stepsNum, w.stepsDen, 4);
  // "=" only when the arithmetic shown is exact: the steps as printed, and no rounding of the result
  const eq = steps.exact && rawIsExact(node.standard, w) ? "=" : "≈";
  const sign = w.direction > 0 ? "+" : "−";
  let text =
    `${head}: ${pts(node.standard, lang)} ${sign} ${steps.exact ? "" : "≈"}${pts(steps.value, lang)}` +
    ` × ${pts(w.rate, lang)} ${eq} ${pts(w.raw, lang)}`;
  if (w.raw > node.max) text += `, ${vi ? "tối đa" : "max"} ${pts(node.max, lang)} → ${pts(w.points, lang)}`;
  else if (w.raw < w.points)
    text += `, ${vi ? "sàn" : "floor"} ${val(rule.floor, lang)} → ${pts(w.points, lang)}`;
  return text;
}

/** True when standard ± steps × rate equals the rounded raw points exactly. */
function rawIsExact(standard: Fixed, w: PercentOfTargetWorking): boolean {
  const delta = w.stepsNum * BigInt(w.rate);
  const exactNum = BigInt(standard) * w.stepsDen + (w.direction > 0 ? delta : -delta);
  return exactNum === BigInt(w.raw) * w.stepsDen;
}

/** A BigInt ratio in `Fixed` rounded half-up to `decimals` places (≤ 4), and whether that is exact. */
function ratio(numerator: bigint, denominator: bigint, decimals: number): { value: Fixed; exact: boolean } {
  const value = roundPoints(numerator * 10_000n, denominator, { decimals, mode: "half-up" });
  return { value, exact: BigInt(value) * denominator === numerator * 10_000n };
}

/** A missing percent-of-target entry on the scoring sheet: the empty one of result (F) and target (G), or both. */
export function percentOfTargetSheetMissing(
  entry: Entry | undefined,
  { input, target }: SheetColumns,
): SheetMissing {
  const hasAchieved = entry?.achieved !== undefined;
  const hasTarget = entry?.target !== undefined;
  if (hasAchieved && !hasTarget)
    return {
      cell: "target",
      message: msg(
        `chưa nhập chỉ tiêu (cột ${target}); cần cả kết quả (cột ${input}) và chỉ tiêu`,
        `the target (column ${target}) is empty; both the result (column ${input}) and the target are needed`,
      ),
    };
  if (hasTarget && !hasAchieved)
    return {
      cell: "input",
      message: msg(
        `chưa nhập kết quả (cột ${input}); cần cả kết quả và chỉ tiêu (cột ${target})`,
        `the result (column ${input}) is empty; both the result and the target (column ${target}) are needed`,
      ),
    };
  return {
    cell: "input",
    message: msg(
      `chưa nhập kết quả (cột ${input}) và chỉ tiêu (cột ${target})`,
      `enter the result (column ${input}) and the target (column ${target})`,
    ),
  };
}
