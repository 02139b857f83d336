import type { Fixed } from "../decimal/fixed";
import { roundRatio, SCALE } from "../decimal/fixed";
import type { Lang } from "./localized";

/** The minus sign (U+2212) for a negative number: the same glyph as the "−" the explanations subtract with. */
export const MINUS = "−";

/**
 * The one number formatter: exact `Fixed` points written the way the language does — Vietnamese 1.486 and 97,5,
 * English 1,486 and 97.5 — with no trailing zeros beyond `minDecimals`, "−" for a negative and never "−0".
 * Integer arithmetic only (BigInt beyond 2^53), so what is printed is the value itself.
 */
export function formatFixed(value: Fixed | bigint, lang: Lang, minDecimals = 0): string {
  const scaled = typeof value === "bigint" ? value : BigInt(Math.round(value));
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = abs / BigInt(SCALE);
  let frac = String(abs - whole * BigInt(SCALE)).padStart(4, "0");
  let end = frac.length;
  while (end > minDecimals && frac[end - 1] === "0") end--;
  frac = frac.slice(0, end).padEnd(minDecimals, "0");
  const group = lang === "vi" ? "." : ",";
  const wholeText = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = frac === "" ? wholeText : `${wholeText}${lang === "vi" ? "," : "."}${frac}`;
  return negative ? `${MINUS}${body}` : body;
}

/**
 * A plain number (a count, a quantity, a percent typed in a return) written as `formatFixed` writes it, rounded
 * half away from zero to `maxDecimals` (at most 4) places: Vietnamese 1.486 and 97,5; English 1,486 and 97.5.
 */
export function formatNumber(value: number, lang: Lang = "vi", minDecimals = 0, maxDecimals = 4): string {
  const fixed = BigInt(Math.round(value * SCALE));
  return formatFixed(
    maxDecimals >= 4 ? fixed : BigInt(roundRatio(fixed, 1, maxDecimals, "half-up")),
    lang,
    minDecimals,
  );
}
