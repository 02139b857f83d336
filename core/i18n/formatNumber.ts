import type { Lang } from "./localized";

/**
 * Formats a number the way the language writes it: Vietnamese 1.486 and 97,5; English 1,486 and 97.5.
 * Trailing zeros are dropped unless `minDecimals` asks for them; at most `maxDecimals` places are shown.
 */
export function formatNumber(value: number, lang: Lang = "vi", minDecimals = 0, maxDecimals = 4): string {
  // Whole numbers below a thousand (counts, maxima, steps) read the same in both languages.
  if (minDecimals === 0 && Number.isInteger(value) && value > -1000 && value < 1000) return String(value + 0);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [whole = "0", frac = ""] = fixed.split(".");
  frac = frac.replace(/0+$/, "");
  while (frac.length < minDecimals) frac += "0";
  const group = lang === "vi" ? "." : ",";
  const point = lang === "vi" ? "," : ".";
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = frac ? `${whole}${point}${frac}` : whole;
  return negative && body !== "0" ? `-${body}` : body;
}
