/** A message in the product's two languages: Vietnamese first, English second. */
export type Localized = { vi: string; en: string };

export type Lang = keyof Localized;

export const LANGS: readonly Lang[] = ["vi", "en"];

/** Builds a `Localized` message. */
export function msg(vi: string, en: string): Localized {
  return { vi, en };
}
