import type { Localized } from "../i18n/localized";
import type { EntryOutcome } from "./entrySeverity";
import type { Block } from "../template/compileTemplate";
import type { CriterionKind } from "../template/criterionRuleSchema";
import type { Rounding } from "../template/templateSchema";

/** What kind of mistake a return has; the CLI, the pane and the server map these to words and statuses. */
export type ReturnProblemType =
  | "fingerprint-mismatch"
  | "template-mismatch"
  | "unknown-unit"
  | "unknown-criterion"
  | "missing-entry"
  | "wrong-field"
  | "out-of-range"
  | "not-a-step"
  | "unknown-level"
  | "invalid-target"
  | "missing-evidence"
  | "cap-exceeded"
  | "history-entry"
  /** Scored without the bloc's award history (see `missingHistoryProblem`): the total is provisional. */
  | "history-missing";

/** One problem in a return, naming the criterion code where there is one. */
export type ReturnProblem = {
  type: ReturnProblemType;
  /** The criterion (or bonus/deduction item) code, e.g. "II.3". */
  code?: string;
  /** Where in the return file, for schema problems from `parseReturn`, e.g. `entries["I.2"].level`. */
  path?: string;
  message: Localized;
  /**
   * For a problem about an entry: refused (the return is not used until it is corrected) or counted as how many
   * points — one rule, `entrySeverity.ts`; the message ends with the same words.
   */
  outcome?: EntryOutcome;
};

/** The points of one node, with how they were computed. Numbers are exact decimals (26.5, never 26.499999). */
export type NodeScore = {
  code: string;
  title: string;
  block: Block;
  depth: number;
  /** Criterion kind, or undefined for a group. */
  kind: CriterionKind | undefined;
  points: number;
  standard: number;
  max: number;
  /** E.g. { vi: "92% kế hoạch: 30 − 8 × 0,5 = 26", en: "92% of target: 30 − 8 × 0.5 = 26" }. */
  explanation: Localized;
};

/** A top-level section's subtotal (điểm nội dung). */
export type SectionScore = { code: string; title: string; points: number; standard: number; max: number };

/** The scored return of one unit. */
export type ScoreResult = {
  unitId: string;
  templateId: string;
  fingerprint: string;
  /** Every node of the template in document order: sections, then bonus items, then deduction items. */
  nodes: NodeScore[];
  sections: SectionScore[];
  /** Sum of the sections (phần chấm điểm). */
  baseScore: number;
  /** Điểm thưởng after item and global caps. */
  bonus: number;
  /** Điểm trừ after item and global caps, as a positive number. */
  deductions: number;
  /** baseScore + bonus − deductions; may exceed the template's base. */
  total: number;
  /**
   * True when the total is not final yet (tạm tính): a relative-to-best criterion scored without the bloc's best
   * (one return alone), or award-history bonuses scored without the bloc's history.
   */
  provisional: boolean;
  /** Why the total is provisional, one reason each; empty when it is final. */
  provisionalReasons: Localized[];
  /** The table's rounding rule: each criterion's points are rounded once with it; totals are exact sums. */
  rounding: Rounding;
  /** The rounding rule in words: "2 chữ số thập phân, nửa lên" / "2 decimal places, half up". */
  roundingText: Localized;
  /** Everything `validateReturn` found; scoring still counts what it can (a missing entry scores 0). */
  problems: ReturnProblem[];
  /** How the bonus block's cap applied ("Điểm thưởng: tổng các mục 25, tối đa 20 → 20"). */
  bonusExplanation?: Localized;
  /** How the deduction block's cap applied. */
  deductionsExplanation?: Localized;
  /** "97 + 10 − 0 = 107". */
  totalExplanation?: Localized;
};
