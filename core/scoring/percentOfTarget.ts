import type { Fixed } from "../decimal/fixed";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import type { Rounding } from "../template/templateSchema";
import type { z } from "zod";
import type { PercentOfTargetRuleSchema } from "../template/criterionRuleSchema";
import { clampFixed, roundPoints } from "./roundPoints";

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
 * Điểm theo % kế hoạch, fast path: percent = 100 × achieved / target (or `percent` when no pair is given);
 * steps = |percent − 100| / stepPercent, truncated to completed steps in "whole" mode; points = standard ±
 * steps × pointsPerStep(Over|Under), rounded with the table's rounding, then kept within [floor, max].
 * Exact integer arithmetic, BigInt only when operands leave the safe range. 0 when the entry has no usable
 * achieved + target (target > 0) or percent.
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
  const stepPercent = fx(rule.stepPercent);
  if (entry.achieved !== undefined && entry.target !== undefined) {
    const target = fx(entry.target);
    if (target <= 0) return 0;
    sn = (fx(entry.achieved) - target) * 100 * 10_000;
    sd = target * stepPercent;
  } else if (entry.percent !== undefined) {
    sn = fx(entry.percent) - HUNDRED_PERCENT;
    sd = stepPercent;
  } else return 0;
  if (!Number.isSafeInteger(sn) || !Number.isSafeInteger(sd)) {
    return percentOfTargetParts(node, rule, entry, rounding)?.points ?? 0;
  }
  const floor = fx(rule.floor);
  if (sn === 0) return limit(node.standard, floor, node.max, rounding);
  const over = sn > 0;
  const abs = Math.abs(sn);
  const rate = fx(over ? rule.pointsPerStepOver : rule.pointsPerStepUnder);
  if (rule.steps === "whole") {
    let steps = Math.floor(abs / sd);
    if (steps * sd > abs)
      steps -= 1; // exact floor: the float quotient can be one off
    else if ((steps + 1) * sd <= abs) steps += 1;
    const delta = steps * rate;
    return limit(over ? node.standard + delta : node.standard - delta, floor, node.max, rounding);
  } else {
    if (!Number.isSafeInteger(abs * rate) || !Number.isSafeInteger(node.standard * sd)) {
      return percentOfTargetParts(node, rule, entry, rounding)?.points ?? 0;
    }
    const num = over ? node.standard * sd + abs * rate : node.standard * sd - abs * rate;
    if (!Number.isSafeInteger(num)) return percentOfTargetParts(node, rule, entry, rounding)?.points ?? 0;
    const rounded = roundPoints(num, sd, rounding);
    return rounded < floor ? floor : rounded > node.max ? node.max : rounded;
  }
}

/** The same computation in BigInt with every intermediate kept; undefined when the entry is not usable. */
export function percentOfTargetParts(
  node: CompiledNode,
  rule: PercentOfTargetRule,
  entry: Entry | undefined,
  rounding: Rounding,
): PercentOfTargetParts | undefined {
  if (entry === undefined) return undefined;
  const stepPercent = BigInt(fx(rule.stepPercent));
  let percentNum: bigint;
  let percentDen: bigint;
  if (entry.achieved !== undefined && entry.target !== undefined) {
    const target = BigInt(fx(entry.target));
    if (target <= 0n) return undefined;
    percentNum = BigInt(fx(entry.achieved)) * 100n;
    percentDen = target;
  } else if (entry.percent !== undefined) {
    percentNum = BigInt(fx(entry.percent));
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
  const rate = direction === 0 ? 0 : fx(direction > 0 ? rule.pointsPerStepOver : rule.pointsPerStepUnder);
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
    points: clampFixed(raw, fx(rule.floor), node.max),
  };
}

// Local helpers on purpose: this is the hot path, and a transpiled (CommonJS / webpack) cross-module call goes
// through a getter every time.
/** `toFixed`. */
function fx(value: number): Fixed {
  return Math.round(value * 10_000);
}

/** Rounds an exact `Fixed` value with the table's rounding (free when already round), then keeps it in [low, high]. */
function limit(value: Fixed, low: Fixed, high: Fixed, rounding: Rounding): Fixed {
  const rounded = value % UNIT[rounding.decimals]! === 0 ? value : roundPoints(value, 1, rounding);
  return rounded < low ? low : rounded > high ? high : rounded;
}

/** Fixed units per rounding step, by decimals kept. */
const UNIT = [10_000, 1000, 100, 10, 1];
