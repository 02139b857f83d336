import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";

/** What a character no reader sees is: a control character, a direction override, or an invisible format mark. */
export type HiddenKind = "control" | "bidi" | "invisible";

/** The first character in a text that a person cannot see, and where it is (0-based, in UTF-16 units). */
export type HiddenCharacter = { index: number; codePoint: number; kind: HiddenKind };

/** Marks and overrides that change the direction text is shown in (LRM, RLM, ALM, LRE…RLO, LRI…PDI). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Control characters (C0, DEL, C1); tab and line breaks only where `allowLineBreaks`. */
const CONTROL = /\p{Cc}/u;
/** Format characters (zero-width space and joiners, word joiner, BOM, soft hyphen…) and fillers shown as nothing. */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/u;

/**
 * The first hidden character of `text`, or undefined: a control character (tab and line breaks allowed only with
 * `allowLineBreaks`, for notes and reasons), a direction override, or an invisible format character such as a
 * zero-width space. Such a character makes two texts that look the same compare different.
 */
export function findHiddenCharacter(
  text: string,
  options: { allowLineBreaks?: boolean } = {},
): HiddenCharacter | undefined {
  let index = 0;
  for (const ch of text) {
    const codePoint = ch.codePointAt(0) ?? 0;
    const lineBreak = ch === "\n" || ch === "\r" || ch === "\t";
    const kind: HiddenKind | undefined = BIDI.test(ch)
      ? "bidi"
      : CONTROL.test(ch) && !(lineBreak && options.allowLineBreaks === true)
        ? "control"
        : INVISIBLE.test(ch)
          ? "invisible"
          : undefined;
    if (kind !== undefined) return { index, codePoint, kind };
    index += ch.length;
  }
  return undefined;
}

/** "U+200B" for a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What the hidden character is, and where, in both languages: "ký tự ẩn U+200B ở vị trí 4". */
export function describeHiddenCharacter(found: HiddenCharacter): Localized {
  const cp = codePointName(found.codePoint);
  const at = found.index + 1;
  const words = {
    control: ["ký tự điều khiển", "a control character"],
    bidi: ["ký tự đổi chiều chữ (trái-phải)", "a text-direction override"],
    invisible: ["ký tự ẩn (không nhìn thấy)", "an invisible character"],
  }[found.kind];
  return msg(`${words[0]} ${cp} ở vị trí ${at}`, `${words[1]} ${cp} at position ${at}`);
}
