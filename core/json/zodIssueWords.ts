import type { z } from "zod";
import vi from "zod/v4/locales/vi.cjs";
import type { Localized } from "../i18n/localized";

const viMap = vi().localeError;

/** The type names zod's vi locale leaves in English, in the words a Vietnamese reader uses. */
const TYPE_WORDS: Record<string, string> = {
  string: "chuỗi",
  number: "số",
  int: "số nguyên",
  boolean: "true/false",
  array: "danh sách",
  object: "đối tượng",
  null: "null",
  undefined: "không có giá trị",
};

/**
 * A zod issue's generic message in Vietnamese (zod's built-in `vi` locale, its leftover English type names
 * translated) and English (zod's default). For the cases no schema gives words of its own; pass issues parsed
 * with `reportInput: true` so "received …" can name what was written.
 */
export function zodIssueWords(issue: z.core.$ZodIssue): Localized {
  const raw = viMap(issue as unknown as Parameters<typeof viMap>[0]);
  const text = typeof raw === "string" ? raw : raw?.message;
  const viText = text
    ? text.replace(/\b(string|number|int|boolean|array|object|undefined)\b/g, (w) => TYPE_WORDS[w] ?? w)
    : issue.message;
  return { vi: viText, en: issue.message };
}
