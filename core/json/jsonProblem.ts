import type { Localized } from "../i18n/localized";

/** What kind of problem a JSON text has: the reader stops at the first one. */
export type JsonProblemCode = "syntax" | "too-large" | "too-deep" | "duplicate-key" | "forbidden-key";

/**
 * One problem of a JSON text: its code, the path of the value it concerns (`entries["I.1"].points`, "" for the
 * whole text), the 1-based line and column, and the words (without a file name: the adapter adds it).
 */
export type JsonProblem = {
  code: JsonProblemCode;
  path: string;
  line: number;
  column: number;
  message: Localized;
};

/** 1-based line and column of a character offset (lines end at "\n"; a "\r" before it counts as a column). */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Joins path segments: `sections[0].children[2]`, keys that are not plain words quoted: `entries["I.1"]`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
