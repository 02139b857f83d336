import type { Fixed } from "../decimal/fixed";
import { SCALE } from "../decimal/fixed";
import type { Lang } from "../i18n/localized";

/**
 * Writes exact points (`Fixed`) the way the language does — 48,5 and 1.486 in Vietnamese, 48.5 and 1,486 in English —
 * with at least `minDecimals` places; integer arithmetic only, so it is exact and cheap enough for 10 000 sentences.
 */
export function formatFixed(value: Fixed, lang: Lang, minDecimals = 0): string {
  const negative = value < 0;
  const abs = Math.abs(Math.round(value));
  const whole = Math.floor(abs / SCALE);
  let frac = String(abs - whole * SCALE).padStart(4, "0");
  let end = frac.length;
  while (end > minDecimals && frac[end - 1] === "0") end--;
  frac = frac.slice(0, end);
  let wholeText = String(whole);
  if (whole >= 1000) wholeText = wholeText.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const body = frac ? `${wholeText}${lang === "vi" ? "," : "."}${frac}` : wholeText;
  return negative && abs !== 0 ? `-${body}` : body;
}
