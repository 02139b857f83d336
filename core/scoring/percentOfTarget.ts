import type { Fixed } from "../decimal/fixed";
import { floorDiv, toFixed } from "../decimal/fixed";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import type { Rounding } from "../template/templateSchema";
import type { z } from "zod";
import type { PercentOfTargetRuleSchema } from "../template/criterionRuleSchema";
import { clampFixed, roundPoints, safeProduct } from "./roundPoints";

export type PercentOfTargetRule = z.infer<typeof PercentOfTargetRuleSchema>;

/** 100 % in ten-thousandths of a percent. */
const HUNDRED_PERCENT = 1_000_000;

/** How a percent-of-target entry became points, exactly (for explanations and for operands beyond 2^53). */
export type PercentOfTargetParts = {
  /** The achieved percent as an exact ratio (percent = percentNum / percentDen). */
  percentNum: bigint;
  percentDen: bigint;
  /** -1 under target, 0 exactly on it, 1 over it. */
  direction: -1 | 0 | 1;
  /** Steps off target as an exact ratio (whole mode: already truncated to completed steps). */
  stepsNum: bigint;
  stepsDen: bigint;
  /** Points per step in the entry's direction. */
  rate: Fixed;
  /** standard ± steps × rate, rounded, before the maximum / floor. */
  raw: Fixed;
  points: Fixed;
};

/**
 * Điểm theo % kế hoạch, fast path: exact integer arithmetic, BigInt only when operands leave the safe range.
 * 0 when the entry has no usable achieved+target (target > 0) or percent.
 */
export function percentOfTargetPoints(
  node: CompiledNode,
  rule: PercentOfTargetRule,
  entry: Entry | undefined,
  rounding: Rounding,
): Fixed {
  if (entry === undefined) return 0;
  let sn: number; // steps = sn / sd
  let sd: number;
  const stepPercent = toFixed(rule.stepPercent);
  if (entry.achieved !== undefined && entry.target !== undefined) {
    const target = toFixed(entry.target);
    if (target <= 0) return 0;
    sn = (toFixed(entry.achieved) - target) * 100 * 10_000;
    sd = target * stepPercent;
  } else if (entry.percent !== undefined) {
    sn = toFixed(entry.percent) - HUNDRED_PERCENT;
    sd = stepPercent;
  } else return 0;
  if (!Number.isSafeInteger(sn) || !Number.isSafeInteger(sd)) {
    return percentOfTargetParts(node, rule, entry, rounding)?.points ?? 0;
  }
  const floor = toFixed(rule.floor);
  if (sn === 0) return clampFixed(roundPoints(node.standard, 1, rounding), floor, node.max);
  const over = sn > 0;
  const abs = Math.abs(sn);
  const rate = toFixed(over ? rule.pointsPerStepOver : rule.pointsPerStepUnder);
  let raw: Fixed;
  if (rule.steps === "whole") {
    const delta = floorDiv(abs, sd) * rate;
    raw = roundPoints(over ? node.standard + delta : node.standard - delta, 1, rounding);
  } else {
    if (!safeProduct(abs, rate) || !safeProduct(node.standard, sd)) {
      return percentOfTargetParts(node, rule, entry, rounding)?.points ?? 0;
    }
    const num = over ? node.standard * sd + abs * rate : node.standard * sd - abs * rate;
    if (!Number.isSafeInteger(num)) return percentOfTargetParts(node, rule, entry, rounding)?.points ?? 0;
    raw = roundPoints(num, sd, rounding);
  }
  return clampFixed(raw, floor, node.max);
}

/** The same computation in BigInt with every intermediate kept; undefined when the entry is not usable. */
export function percentOfTargetParts(
  node: CompiledNode,
  rule: PercentOfTargetRule,
  entry: Entry | undefined,
  rounding: Rounding,
): PercentOfTargetParts | undefined {
  if (entry === undefined) return undefined;
  const stepPercent = BigInt(toFixed(rule.stepPercent));
  let percentNum: bigint;
  let percentDen: bigint;
  if (entry.achieved !== undefined && entry.target !== undefined) {
    const target = BigInt(toFixed(entry.target));
    if (target <= 0n) return undefined;
    percentNum = BigInt(toFixed(entry.achieved)) * 100n;
    percentDen = target;
  } else if (entry.percent !== undefined) {
    percentNum = BigInt(toFixed(entry.percent));
    percentDen = 10_000n;
  } else return undefined;
  // steps = (percent − 100) / stepPercent, with stepPercent in ten-thousandths
  const diff = (percentNum - 100n * percentDen) * 10_000n;
  const direction: -1 | 0 | 1 = diff > 0n ? 1 : diff < 0n ? -1 : 0;
  const abs = diff < 0n ? -diff : diff;
  let stepsNum = abs;
  let stepsDen = percentDen * stepPercent;
  if (rule.steps === "whole") {
    stepsNum = abs / stepsDen;
    stepsDen = 1n;
  }
  const rate =
    direction === 0 ? 0 : toFixed(direction > 0 ? rule.pointsPerStepOver : rule.pointsPerStepUnder);
  const standard = BigInt(node.standard);
  const delta = stepsNum * BigInt(rate);
  const num = direction >= 0 ? standard * stepsDen + delta : standard * stepsDen - delta;
  const raw = roundPoints(num, stepsDen, rounding);
  return {
    percentNum,
    percentDen,
    direction,
    stepsNum,
    stepsDen,
    rate,
    raw,
    points: clampFixed(raw, toFixed(rule.floor), node.max),
  };
}
