import type { Fixed } from "../decimal/fixed";
import { MAX_DECIMALS, roundRatio } from "../decimal/fixed";
import type { Rounding } from "../template/templateSchema";

/**
 * Rounds the exact rational `numerator / denominator` (a `Fixed` result) with the template's rounding; exact for
 * any operands: safe integers go through `roundRatio`, anything larger through BigInt (never through a float).
 */
export function roundPoints(
  numerator: number | bigint,
  denominator: number | bigint,
  rounding: Rounding,
): Fixed {
  if (
    typeof numerator === "number" &&
    typeof denominator === "number" &&
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator * 10 ** (MAX_DECIMALS - rounding.decimals))
  ) {
    return roundRatio(numerator, denominator, rounding.decimals, rounding.mode) + 0; // never −0
  }
  return roundBigRatio(BigInt(numerator), BigInt(denominator), rounding);
}

function roundBigRatio(numerator: bigint, denominator: bigint, rounding: Rounding): Fixed {
  if (denominator === 0n) throw new RangeError("roundPoints: denominator is 0");
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const unit = 10n ** BigInt(MAX_DECIMALS - rounding.decimals);
  const den = denominator * unit;
  const negative = numerator < 0n;
  const a = negative ? -numerator : numerator;
  let q = a / den;
  const twice = 2n * (a - q * den);
  if (rounding.mode !== "down") {
    if (twice > den || (twice === den && (rounding.mode === "half-up" || q % 2n === 1n))) q += 1n;
  }
  return Number((negative ? -q : q) * unit);
}

/** `value` limited to [low, high]. */
export function clampFixed(value: Fixed, low: Fixed, high: Fixed): Fixed {
  return value < low ? low : value > high ? high : value;
}

/** True when the integers a and b multiply to a safe integer, so the float product is exact. */
export function safeProduct(a: number, b: number): boolean {
  return Number.isSafeInteger(a * b);
}
