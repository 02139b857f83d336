import type { Fixed, RoundingRule } from "../decimal/fixed";
import { clampFixed, roundPoints } from "../decimal/fixed";

/**
 * Points as a criterion gives them: the exact `numerator / denominator` (a `Fixed` value when the denominator is
 * 1) rounded once with the table's rule, then kept within [low, high].
 */
export function limitPoints(
  numerator: Fixed | bigint,
  low: Fixed,
  high: Fixed,
  rounding: RoundingRule,
  denominator: number | bigint = 1,
): Fixed {
  return clampFixed(roundPoints(numerator, denominator, rounding), low, high);
}
