import type { Fixed } from "../decimal/fixed";
import type { Rounding } from "../template/templateSchema";

/** Fixed units per rounding step, by decimals kept (4 decimals keep every Fixed unit). */
const UNIT = [10_000, 1000, 100, 10, 1] as const;
const BIG_UNIT = [10_000n, 1000n, 100n, 10n, 1n] as const;

/**
 * Rounds the exact rational `numerator / denominator` (a `Fixed` result) with the template's rounding, exact for
 * any operands: safe integers in plain arithmetic, anything larger in BigInt (never through a float). Half-up
 * rounds halves away from zero, like `roundRatio` in core/decimal (kept local: this is the scoring hot path, and
 * transpiled cross-module calls cost a getter each).
 */
export function roundPoints(
  numerator: number | bigint,
  denominator: number | bigint,
  rounding: Rounding,
): Fixed {
  const unit = UNIT[rounding.decimals as 0 | 1 | 2 | 3 | 4];
  if (typeof numerator === "number" && typeof denominator === "number") {
    const den = denominator * unit;
    if (Number.isSafeInteger(numerator) && Number.isSafeInteger(den) && den !== 0) {
      if (den < 0) return roundSafe(-numerator, -den, rounding.mode) * unit + 0;
      return roundSafe(numerator, den, rounding.mode) * unit + 0; // + 0: never −0
    }
  }
  return roundBig(BigInt(numerator), BigInt(denominator), rounding);
}

/** A `Fixed` value rounded to the table's decimals; free when it already is (the common case). */
export function roundWhole(value: Fixed, rounding: Rounding): Fixed {
  const unit = UNIT[rounding.decimals as 0 | 1 | 2 | 3 | 4];
  return value % unit === 0 ? value : roundPoints(value, 1, rounding);
}

function roundSafe(n: number, d: number, mode: Rounding["mode"]): number {
  const negative = n < 0;
  const a = negative ? -n : n;
  let q = Math.floor(a / d);
  // the float quotient can be one off for large operands: correct it exactly
  if (q * d > a) q -= 1;
  else if ((q + 1) * d <= a) q += 1;
  if (mode !== "down") {
    const twice = 2 * (a - q * d);
    if (twice > d || (twice === d && (mode === "half-up" || q % 2 === 1))) q += 1;
  }
  return negative ? -q : q;
}

function roundBig(numerator: bigint, denominator: bigint, rounding: Rounding): Fixed {
  if (denominator === 0n) throw new RangeError("roundPoints: denominator is 0");
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const unit = BIG_UNIT[rounding.decimals as 0 | 1 | 2 | 3 | 4];
  const den = denominator * unit;
  const negative = numerator < 0n;
  const a = negative ? -numerator : numerator;
  let q = a / den;
  const twice = 2n * (a - q * den);
  if (rounding.mode !== "down") {
    if (twice > den || (twice === den && (rounding.mode === "half-up" || q % 2n === 1n))) q += 1n;
  }
  return Number((negative ? -q : q) * unit) + 0;
}

/** `value` limited to [low, high]. */
export function clampFixed(value: Fixed, low: Fixed, high: Fixed): Fixed {
  return value < low ? low : value > high ? high : value;
}

/** True when the integers a and b multiply to a safe integer, so the float product is exact. */
export function safeProduct(a: number, b: number): boolean {
  return Number.isSafeInteger(a * b);
}
