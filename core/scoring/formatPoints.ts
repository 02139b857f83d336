import type { Fixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Lang } from "../i18n/localized";

/**
 * Writes `Fixed` points the way the language does — "1.486,25" / "1,486.25", no trailing zeros, "−" for a
 * negative — exactly as `formatNumber` would, but with integer arithmetic: explanations format millions of numbers.
 */
export function formatPoints(value: Fixed, lang: Lang): string {
  const negative = value < 0;
  const a = negative ? -value : value;
  if (!Number.isSafeInteger(a)) return formatNumber(value / 10_000, lang).replace("-", "−");
  const whole = Math.floor(a / 10_000);
  let frac = a - whole * 10_000;
  let body = whole < 1000 ? String(whole) : groupThousands(whole, lang === "vi" ? "." : ",");
  if (frac !== 0) {
    let digits = 4;
    while (frac % 10 === 0) {
      frac /= 10;
      digits--;
    }
    body += (lang === "vi" ? "," : ".") + String(frac).padStart(digits, "0");
  }
  return negative ? `−${body}` : body;
}

/** A number typed in a return (≤ 4 decimals: a count, a quantity, a percent) the way the language writes it. */
export function formatValue(value: number, lang: Lang): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return Math.abs(value) < 1e11 ? formatPoints(Math.round(value * 10_000), lang) : formatNumber(value, lang);
}

function groupThousands(whole: number, separator: string): string {
  const digits = String(whole);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}
