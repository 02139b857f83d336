import type { Lang, Localized } from "../core/i18n";

/** The message in the language the user asked for. */
export function say(lang: Lang, message: Localized): string {
  return message[lang];
}
