/**
 * Exact decimal points as integers in ten-thousandths (`Fixed`): 97,5 points is 975000.
 * Half-points and tenths are common in scoring tables; integers keep every sum exact (no 0,1 + 0,2 surprises).
 */
export type Fixed = number;

/** How many `Fixed` units make one point. */
export const SCALE = 10_000;
/** Decimal places a template value may carry. */
export const MAX_DECIMALS = 4;

/** Largest magnitude a scaled quantity may have and still be multiplied by 100 without losing exactness. */
export const MAX_SAFE_FIXED = Math.floor(Number.MAX_SAFE_INTEGER / 1000);

/** True when `value` is a finite number with at most `MAX_DECIMALS` decimal places. */
export function hasAtMostFourDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * SCALE;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 && Math.abs(scaled) <= MAX_SAFE_FIXED;
}

/** Converts a decimal number (e.g. 0.5, 97.25) to `Fixed`; callers validate with `hasAtMostFourDecimals` first. */
export function toFixed(value: number): Fixed {
  return Math.round(value * SCALE);
}

/** The nearest JS number to a `Fixed` value: prints as the exact decimal (975000 → 97.5). */
export function fromFixed(value: Fixed): number {
  return value / SCALE;
}

export type RoundingMode = "half-up" | "half-even" | "down";

/** A table's rounding rule: decimals kept (0–4) and how the last one is rounded. */
export type RoundingRule = { decimals: number; mode: RoundingMode };

/**
 * The one rounding engine: the exact rational `numerator / denominator` points (integers; the result in `Fixed`)
 * rounded to `decimals` places with `mode`, in BigInt so that no operand size loses exactness. Half-up rounds
 * halves away from zero; the result is never −0.
 */
export function roundRatio(
  numerator: number | bigint,
  denominator: number | bigint,
  decimals: number,
  mode: RoundingMode,
): Fixed {
  let n = typeof numerator === "bigint" ? numerator : BigInt(Math.round(numerator));
  let d = typeof denominator === "bigint" ? denominator : BigInt(Math.round(denominator));
  if (d === 0n) throw new RangeError("roundRatio: denominator is 0");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const unit = 10n ** BigInt(MAX_DECIMALS - decimals); // Fixed units per rounding step
  const den = d * unit;
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / den;
  const twice = 2n * (a - q * den);
  if (mode !== "down" && (twice > den || (twice === den && (mode === "half-up" || q % 2n === 1n)))) q += 1n;
  return Number((negative ? -q : q) * unit) + 0;
}

/** `numerator / denominator` rounded with a table's rule (see `roundRatio`). */
export function roundPoints(
  numerator: number | bigint,
  denominator: number | bigint,
  rule: RoundingRule,
): Fixed {
  return roundRatio(numerator, denominator, rule.decimals, rule.mode);
}

/** Rounds a `Fixed` value to `decimals` places. */
export function roundFixed(value: Fixed, decimals: number, mode: RoundingMode): Fixed {
  return roundRatio(value, 1, decimals, mode);
}

/** `value` kept within [low, high]. */
export function clampFixed(value: Fixed, low: Fixed, high: Fixed): Fixed {
  return value < low ? low : value > high ? high : value;
}

/** Floor of `a / b` for integers with `b > 0`, exact (BigInt beyond 2^50). */
export function floorDiv(a: number, b: number): number {
  if (b <= 0) throw new RangeError("floorDiv: divisor must be positive");
  if (Math.abs(a) < 2 ** 50 && b < 2 ** 50) {
    let q = Math.floor(a / b);
    if (q * b > a) q -= 1;
    else if ((q + 1) * b <= a) q += 1;
    return q;
  }
  const bigA = BigInt(a);
  const bigB = BigInt(b);
  let q = bigA / bigB;
  if (bigA % bigB !== 0n && bigA < 0n) q -= 1n;
  return Number(q);
}
