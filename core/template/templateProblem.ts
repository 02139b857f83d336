import type { Localized } from "../i18n/localized";

/** One structural mistake in a template: where it is (a readable path) and what to do about it. */
export type TemplateProblem = {
  /** E.g. `sections[0].children[2] (I.3).max`. */
  path: string;
  message: Localized;
};

/** Joins path segments the way problems print them: `sections[0].children[2].rule`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out || "(file)";
}
