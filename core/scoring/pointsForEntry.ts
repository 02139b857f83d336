import type { Fixed } from "../decimal/fixed";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import type { Rounding } from "../template/templateSchema";
import { awardReceived } from "./awardReceived";
import type { CriterionContext } from "./criterionContext";
import { percentOfTargetPoints } from "./percentOfTarget";
import { roundPoints } from "./roundPoints";

/**
 * Points of one criterion or bonus/deduction item for its entry, in `Fixed`: computed exactly, rounded once with
 * the template's rounding, then kept within [floor or 0, max]. No strings are built here: this is the fast path.
 * - passFail: passed → standard (an item's max); ladder: the level's points; count: count × pointsPerItem;
 *   violations: standard − count × pointsPerViolation, not below floor; manual: the score;
 *   percentOfTarget and relativeToBest: see `percentOfTargetPoints` and `relativeToBestPoints`;
 *   awardHistory: max when the history says so (never from the entry).
 * - No entry, or no value for the kind, scores 0 (violations too: an empty row is not "no violations").
 * - A claim without required evidence scores 0, except in the deduction block (leaving out the evidence must not
 *   cancel a deduction).
 */
export function pointsForEntry(node: CompiledNode, entry: Entry | undefined, ctx: CriterionContext): Fixed {
  const claimed = claimedPoints(node, entry, ctx);
  return claimed > 0 && node.evidenceRequired ? countedPoints(node, claimed, hasEvidence(entry)) : claimed;
}

/**
 * The claimed points that count, given whether the entry lists evidence: a claim without the evidence the criterion
 * requires scores 0, except in the deduction block (leaving out the evidence must not cancel a deduction).
 */
export function countedPoints(node: CompiledNode, claimed: Fixed, evidenced: boolean): Fixed {
  return claimed > 0 && node.evidenceRequired && node.block !== "deductions" && !evidenced ? 0 : claimed;
}

/** True when the entry lists at least one piece of evidence (minh chứng). */
export function hasEvidence(entry: Entry | undefined): boolean {
  return entry?.evidence !== undefined && entry.evidence.length > 0;
}

/** The points the entry claims, before the evidence check. */
export function claimedPoints(node: CompiledNode, entry: Entry | undefined, ctx: CriterionContext): Fixed {
  const rule = node.rule;
  if (rule === undefined) return 0;
  const rounding = ctx.rounding;
  switch (rule.kind) {
    case "passFail":
      return entry?.passed === true ? limit(node.standard, 0, node.max, rounding) : 0;
    case "ladder": {
      const code = entry?.level;
      if (code === undefined) return 0;
      for (const level of rule.levels) {
        if (level.code === code) return limit(fx(level.points), 0, node.max, rounding);
      }
      return 0;
    }
    case "percentOfTarget":
      return percentOfTargetPoints(node, rule, entry, rounding);
    case "relativeToBest":
      return relativeToBestPoints(node, rule.better, entry?.quantity, ctx.best, rounding);
    case "count": {
      const count = entry?.count;
      if (count === undefined || count <= 0) return 0;
      const perItem = fx(rule.pointsPerItem);
      if (!safeMul(count, perItem)) return limit(node.max, 0, node.max, rounding);
      return limit(count * perItem, 0, node.max, rounding);
    }
    case "violations": {
      const count = entry?.count;
      if (count === undefined) return 0; // no entry scores 0, like every kind (and is reported)
      const floor = fx(rule.floor);
      const perViolation = fx(rule.pointsPerViolation);
      if (!safeMul(count, perViolation)) return limit(floor, floor, node.max, rounding);
      return limit(node.standard - count * perViolation, floor, node.max, rounding);
    }
    case "manual": {
      const score = entry?.score;
      if (score === undefined) return 0;
      return limit(fx(score), 0, node.max, rounding);
    }
    case "awardHistory":
      return awardReceived(ctx.history, ctx.unitId, rule.award, ctx.year, rule.yearsBack) === undefined
        ? 0
        : limit(node.max, 0, node.max, rounding);
  }
}

/**
 * So với đơn vị cao nhất: max × quantity / best (lower is better: max × best / quantity, and 0 is the best).
 * 0 without a known best, with a best of 0 when higher is better, or for a negative quantity.
 */
export function relativeToBestPoints(
  node: CompiledNode,
  better: "higher" | "lower",
  quantity: number | undefined,
  best: number | null | undefined,
  rounding: Rounding,
): Fixed {
  if (quantity === undefined || best === undefined || best === null || quantity < 0) return 0;
  const q = fx(quantity);
  const b = fx(best);
  if (better === "higher") {
    if (b <= 0) return 0;
    return limit2(safeMul(node.max, q) ? node.max * q : BigInt(node.max) * BigInt(q), b, node, rounding);
  }
  if (q === 0) return limit(node.max, 0, node.max, rounding);
  if (b <= 0) return 0;
  return limit2(safeMul(node.max, b) ? node.max * b : BigInt(node.max) * BigInt(b), q, node, rounding);
}

function limit2(num: number | bigint, den: number, node: CompiledNode, rounding: Rounding): Fixed {
  const rounded = roundPoints(num, den, rounding);
  return rounded < 0 ? 0 : rounded > node.max ? node.max : rounded;
}

/** Rounds an exact `Fixed` value with the template's rounding, then keeps it within [low, high]. */
function limit(value: Fixed, low: Fixed, high: Fixed, rounding: Rounding): Fixed {
  const rounded = value % UNIT[rounding.decimals]! === 0 ? value : roundPoints(value, 1, rounding);
  return rounded < low ? low : rounded > high ? high : rounded;
}

/** Fixed units per rounding step, by decimals kept. */
const UNIT = [10_000, 1000, 100, 10, 1];

/** True when the integers a and b multiply to a safe integer, so the float product is exact. */
function safeMul(a: number, b: number): boolean {
  return Number.isSafeInteger(a * b);
}

// `toFixed`, `roundWhole`, `clampFixed` and `safeProduct` are repeated locally on purpose: this is the hot path,
// and a transpiled (CommonJS / webpack) cross-module call goes through a getter every time.
/** `toFixed`. */
function fx(value: number): Fixed {
  return Math.round(value * 10_000);
}
