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
  const { negative, whole, frac } = splitFixed(value);
  let end = 4;
  while (end > minDecimals && frac[end - 1] === "0") end--;
  const decimals = frac.slice(0, end).padEnd(minDecimals, "0");
  const wholeText =
    whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",") : whole;
  const body = decimals === "" ? wholeText : `${wholeText}${lang === "vi" ? "," : "."}${decimals}`;
  return negative ? `${MINUS}${body}` : body;
}

/** The sign, whole digits and four decimal digits of a `Fixed` value (plain numbers while exact, else BigInt). */
function splitFixed(value: Fixed | bigint): { negative: boolean; whole: string; frac: string } {
  if (typeof value === "number" && Number.isSafeInteger(Math.round(value))) {
    const abs = Math.abs(Math.round(value));
    const whole = Math.floor(abs / SCALE);
    return {
      negative: abs !== 0 && value < 0,
      whole: String(whole),
      frac: String(abs - whole * SCALE).padStart(4, "0"),
    };
  }
  const scaled = typeof value === "bigint" ? value : BigInt(Math.round(value));
  const abs = scaled < 0n ? -scaled : scaled;
  const whole = abs / BigInt(SCALE);
  return {
    negative: scaled < 0n,
    whole: String(whole),
    frac: String(abs - whole * BigInt(SCALE)).padStart(4, "0"),
  };
}

/**
 * A plain number (a count, a quantity, a percent typed in a return) written as `formatFixed` writes it, rounded
 * half away from zero to `maxDecimals` (at most 4) places: Vietnamese 1.486 and 97,5; English 1,486 and 97.5.
 */
export function formatNumber(value: number, lang: Lang = "vi", minDecimals = 0, maxDecimals = 4): string {
  const fixed = Math.round(value * SCALE);
  return formatFixed(
    maxDecimals >= 4 ? fixed : roundRatio(fixed, 1, maxDecimals, "half-up"),
    lang,
    minDecimals,
  );
}
