import type { Localized } from "../i18n/localized";
import type { Block } from "../template/compileTemplate";
import type { CriterionKind } from "../template/criterionRuleSchema";

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
  | "history-entry";

/** One problem in a return, naming the criterion code where there is one. */
export type ReturnProblem = {
  type: ReturnProblemType;
  /** The criterion (or bonus/deduction item) code, e.g. "II.3". */
  code?: string;
  /** Where in the return file, for schema problems from `parseReturn`, e.g. `entries["I.2"].level`. */
  path?: string;
  message: Localized;
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
  /** Everything `validateReturn` found; scoring still counts what it can (a missing entry scores 0). */
  problems: ReturnProblem[];
  /** How the bonus block's cap applied ("Điểm thưởng: tổng các mục 25, tối đa 20 → 20"). */
  bonusExplanation?: Localized;
  /** How the deduction block's cap applied. */
  deductionsExplanation?: Localized;
  /** "97 + 10 − 0 = 107". */
  totalExplanation?: Localized;
};
