import type { Localized } from "../i18n/localized";

/**
 * A `Localized` whose words are written the first time either language is read: a bloc of 10 000 units has
 * thousands of tie sentences and candidate notes, most never shown, and writing them all cost more than ranking.
 * Reads (`.vi`, `.en`, `[lang]`) and `JSON.stringify` (both languages) behave as for a plain `{ vi, en }`; the
 * words are the same whenever they are written (`write` reads only what the ranking has fixed). Not a plain object:
 * spreading it or `Object.keys` sees no languages, and jest's `toEqual` compares it through its JSON.
 */
export class LazyWords implements Localized {
  #write: ((arg: number) => Localized) | undefined;
  #arg: number;
  #words: Localized | undefined = undefined;

  constructor(write: (arg: number) => Localized, arg: number) {
    this.#write = write;
    this.#arg = arg;
  }

  get vi(): string {
    return this.#written().vi;
  }

  get en(): string {
    return this.#written().en;
  }

  toJSON(): Localized {
    const words = this.#written();
    return { vi: words.vi, en: words.en };
  }

  #written(): Localized {
    if (this.#words === undefined) {
      this.#words = this.#write!(this.#arg);
      this.#write = undefined; // what it read can be collected once the words exist
    }
    return this.#words;
  }
}
