import type { Fixed } from "../decimal/fixed";
import { roundPoints } from "../decimal/fixed";
import type { Lang } from "../i18n/localized";
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
