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

/**
 * Rounds the exact rational `numerator / denominator` points (both integers, result in `Fixed`)
 * to `decimals` places with `mode`. Half-up rounds halves away from zero.
 */
export function roundRatio(
  numerator: number,
  denominator: number,
  decimals: number,
  mode: RoundingMode,
): Fixed {
  if (denominator === 0) throw new RangeError("roundRatio: denominator is 0");
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const unit = 10 ** (MAX_DECIMALS - decimals); // Fixed units per rounding step
  const den = denominator * unit;
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(den)) {
    return roundSafe(numerator, den, mode) * unit;
  }
  return Number(roundBig(BigInt(Math.round(numerator)), BigInt(den), mode)) * unit;
}

function roundSafe(n: number, d: number, mode: RoundingMode): number {
  const sign = n < 0 ? -1 : 1;
  const a = Math.abs(n);
  const q = Math.floor(a / d);
  const r = a - q * d;
  if (mode === "down") return sign * q;
  const twice = 2 * r;
  if (twice > d || (twice === d && (mode === "half-up" || q % 2 === 1))) return sign * (q + 1);
  return sign * q;
}

function roundBig(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = a / d;
  const r = a - q * d;
  let out = q;
  if (mode !== "down") {
    const twice = 2n * r;
    if (twice > d || (twice === d && (mode === "half-up" || q % 2n === 1n))) out = q + 1n;
  }
  return neg ? -out : out;
}

/** Rounds a `Fixed` value to `decimals` places. */
export function roundFixed(value: Fixed, decimals: number, mode: RoundingMode): Fixed {
  return roundRatio(value, 1, decimals, mode);
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
