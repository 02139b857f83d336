import { formatNumber } from "../i18n/formatNumber";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Block } from "../template/compileTemplate";
import { isReturnLevelProblem } from "./returnLevelProblem";
import type { ReturnProblem } from "./scoreResult";

/**
 * What becomes of an entry with a problem (mức xử lý), one rule for JSON returns, filled workbooks and the back end:
 *
 * - **refused** — what was typed cannot be taken as typed: not a number, too many decimals, negative, above the
 *   maximum, off the step, not whole, a level or choice not on the list, a target ≤ 0, a number typed with "%" where
 *   no percentage is meant, a field of another kind, text the return format refuses. Counting anything else (the
 *   maximum, the nearest step, 0) would count what the unit did not sign, so the return is not used — not ranked,
 *   no bloc best — until the cell is corrected.
 * - **counted** — nothing was typed in a required entry (counted 0, as the sheet's formula does), a claim without
 *   its required evidence (0; a deduction still counts), a count whose points pass the item's maximum (the
 *   maximum: the table's own cap, not a typing error). The return is used; the problem says how much counted.
 */
const SEVERITY = {
  "not-a-number": "refused",
  "too-many-decimals": "refused",
  "out-of-range": "refused",
  "not-whole": "refused",
  "not-a-step": "refused",
  "unknown-level": "refused",
  "unknown-choice": "refused",
  "invalid-target": "refused",
  "invalid-text": "refused",
  "percent-entry": "refused",
  "wrong-field": "refused",
  "missing-entry": "counted",
  "missing-evidence": "counted",
  "cap-exceeded": "counted",
} as const;

/** A problem about one criterion's entry, in the return's or the sheet reader's words. */
export type EntryIssueType = keyof typeof SEVERITY;

/** The outcome of an entry's problem: refused, or counted as `points` (the criterion's points after every rule). */
export type EntryOutcome = { kind: "refused" } | { kind: "counted"; points: number };

/** Refused or counted for a problem about an entry; undefined for a problem about something else (the table, a file). */
export function entrySeverity(type: string): "refused" | "counted" | undefined {
  return Object.hasOwn(SEVERITY, type) ? SEVERITY[type as EntryIssueType] : undefined;
}

/** True when a return cannot be used as it is: made on another table or by a non-member, or an entry refused. */
export function isRefusedReturn(problems: readonly Pick<ReturnProblem, "type">[]): boolean {
  return problems.some((p) => entrySeverity(p.type) === "refused" || isReturnLevelProblem(p));
}

/** What a refused entry means for its return, said after the problem. */
export const REFUSED_WORDS: Localized = msg(
  "không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa",
  "refused: the return is not used in the ranking until this is corrected",
);

/** "tính 2,5 điểm" / "counted as 2.5 points"; in the deduction block "trừ 3 điểm" / "deducted: 3 points". */
export function outcomeWords(outcome: EntryOutcome, block: Block): Localized {
  if (outcome.kind === "refused") return REFUSED_WORDS;
  const p = (lang: Lang) => formatNumber(outcome.points, lang);
  const unit = outcome.points === 1 ? "point" : "points";
  return block === "deductions"
    ? msg(`trừ ${p("vi")} điểm`, `deducted: ${p("en")} ${unit}`)
    : msg(`tính ${p("vi")} điểm`, `counted as ${p("en")} ${unit}`);
}

/** The problem's words followed by what happens to the entry: "…; hãy nhập 2,5 hoặc 3 — không được tính: …". */
export function withOutcome(message: Localized, outcome: EntryOutcome, block: Block): Localized {
  const words = outcomeWords(outcome, block);
  const join = (text: string, tail: string) => `${text.replace(/[.\s]+$/, "")} — ${tail}.`;
  return msg(join(message.vi, words.vi), join(message.en, words.en));
}
