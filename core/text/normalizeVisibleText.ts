/** Any run of spaces a person sees as one: ASCII and non-breaking spaces, other space separators, tabs, line breaks. */
const SPACES = /[\s\p{Zs}]+/gu;
/** Format characters shown as nothing (zero-width space and joiners, word joiner, BOM, soft hyphen). */
const FORMAT = /\p{Cf}/gu;

/**
 * The text as a person sees it: Unicode NFC (a precomposed "ế" and "e" + two combining marks are one letter),
 * every run of spaces (a double space, a non-breaking space, a tab) one space, no space at either end.
 */
export function normalizeVisibleText(text: string): string {
  return text.normalize("NFC").replace(SPACES, " ").trim();
}

/**
 * The key two texts share when a person cannot tell them apart: normalised as `normalizeVisibleText`, without
 * invisible format characters, in lower case (Vietnamese rules). "Sở Tư pháp", "sở  tư\u00a0pháp" and
 * "Sở Tư\u200b pháp" share one key.
 */
export function lookAlikeKey(text: string): string {
  return normalizeVisibleText(text.replace(FORMAT, "")).toLocaleLowerCase("vi");
}
