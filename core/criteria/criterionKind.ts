import type { z } from "zod";
import type { Fixed, RoundingRule } from "../decimal/fixed";
import type { Lang, Localized } from "../i18n/localized";
import type { AwardRecord } from "../returns/awardHistory";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";

/** Where a row sits: the scored sections, the bonus block (điểm thưởng) or the deduction block (điểm trừ). */
export type Block = "sections" | "bonus" | "deductions";

/** The value fields of an entry; each kind reads some of them (its input fields). */
export type EntryField =
  "passed" | "level" | "achieved" | "target" | "percent" | "quantity" | "count" | "score";

/** What one criterion needs beyond its entry: the table's rounding and year, the unit, its history, the bloc's best. */
export type CriterionContext = {
  rounding: RoundingRule;
  /** The emulation year of the template (năm thi đua); award history looks back from it. */
  year: number;
  unitId: string;
  history: readonly AwardRecord[] | undefined;
  /**
   * The bloc's best quantity for a relativeToBest criterion: a number once the bloc is consolidated, `null` when
   * consolidated but no unit gave a valid quantity, `undefined` when scoring a single return on its own.
   */
  best: number | null | undefined;
  /** Award names for explanations (Cờ thi đua của Chính phủ…); the award id is shown without them. */
  awardNames?: ReadonlyMap<string, Localized>;
};

/**
 * How an entry became points: the points it claims (before the evidence rule) and the explanation written from
 * the very values that gave them ("92% kế hoạch: 30 − 8 × 0,5 = 26").
 */
export type CriterionWorking = { claimed: Fixed; explain(lang: Lang): string };

/** A problem a kind finds in an entry, said after "Tiêu chí I.2: " by the caller. */
export type EntryProblemType =
  | "wrong-field"
  | "missing-entry"
  | "out-of-range"
  | "not-a-step"
  | "unknown-level"
  | "invalid-target"
  | "cap-exceeded";
export type ReportEntryProblem = (type: EntryProblemType, vi: string, en: string) => void;

/** Cells of one criterion row the formulas refer to. */
export type RowRefs = { input: string; target: string; evidence: string; raw: string };

/**
 * How a criterion's points come from its inputs, as the kind's `points` computes them: the exact `raw` value,
 * rounded with the template's rounding, then kept within [low, high]; 0 when `guard` (if any) is false.
 */
export type CriterionFormula = { raw: string; low: string; high: string; guard?: string };

/** The two cells a unit types a criterion's entry into: the result / choice (F) and the target (G). */
export type InputCell = "input" | "target";

/** The letters of the input cells' columns on the scoring sheet (F, G), for words that point at a cell. */
export type SheetColumns = Record<InputCell, string>;

/** A missing entry in the scoring sheet's words: the cell to fill, and what to do there (said after "Tiêu chí I.2: "). */
export type SheetMissing = { cell: InputCell; message: Localized };

export type CellValidationRule =
  | { type: "list"; items: readonly string[] }
  | { type: "decimal"; min: number; max?: number }
  | { type: "whole"; min: number; max?: number }
  /** A formula true for an accepted entry, written for `cell` (a manual score on its step). */
  | { type: "custom"; formula(cell: string): string };

/**
 * The input cells of a criterion row on the scoring sheet: what is prefilled, how the cell is formatted, the
 * data validation and the highlights (a formula true when the cell is missing or out of range, written for
 * `cell`; `maxCell` is the same row's maximum).
 */
export type SheetInput = {
  input: string | number | null;
  format: "general" | "text" | "count" | "points";
  /** Present when the target cell is an input too (percent of target). */
  target?: number | null;
  validations: { cell: InputCell; rule: CellValidationRule; error: string }[];
  highlights: {
    cell: InputCell;
    reason: "missing" | "out-of-range";
    formula(cell: string, maxCell: string): string;
  }[];
};

/** A row whose points a kind writes as a locked constant (award history): the words shown and the points. */
export type SheetConstant = { text: string; points: Fixed };

export type SheetProblemType =
  "out-of-range" | "not-whole" | "not-a-step" | "unknown-level" | "unknown-choice" | "invalid-target";

/** What a kind's sheet reader may ask: the cell values, a cell read as a number (reported when it is not one). */
export type SheetCells = {
  value(cell: InputCell): unknown;
  number(cell: InputCell): number | undefined;
  report(type: SheetProblemType, cell: InputCell, vi: string, en: string): void;
};

/**
 * Where a template rule is checked: its path in the file, the row's code, standard and maximum (points), and the
 * table's award ids (undefined when the awards could not be read).
 */
export type RuleAt = {
  path: string;
  code: string;
  standard: number;
  max: number;
  awards: ReadonlySet<string> | undefined;
};
export type ReportRuleProblem = (path: string, vi: string, en: string) => void;

/** A kind that reads the bloc's best across all returns (relative to the best unit). */
export type BlocBest<R> = {
  /** The quantity the bloc's best is taken over; undefined without one. */
  quantity(entry: Entry): number | undefined;
  lowerIsBetter(rule: R): boolean;
  /** Whether the entry claims anything before the best is known (so that missing evidence matters). */
  claims(rule: R, entry: Entry): boolean;
};

/**
 * Everything about one criterion kind, in one module: its rule schema, the entry fields it reads, its points and
 * explanation (from the same working), its entry checks, its Excel formula and sheet cells, its rule text and its
 * missing-entry words. `core/criteria/registry.ts` lists the kinds; scoring, validation, sheets and template
 * checks dispatch through it.
 */
export type CriterionKindModule<R extends { kind: string }> = {
  kind: R["kind"];
  schema: z.ZodType<R>;
  /** The kind's name in words (đạt/không đạt, xếp loại…). */
  name: Localized;
  /** The blocks it may be used in. */
  blocks: readonly Block[];
  /** The entry fields it reads; empty when the unit types nothing (award history). */
  fields: readonly EntryField[];
  /** The entry's points before the evidence rule, and how they came about. */
  points(node: CompiledNode, rule: R, entry: Entry | undefined, ctx: CriterionContext): CriterionWorking;
  /** What the unit must enter ("passed" (true = đạt, false = không đạt)), for missing or wrong fields. */
  needs(node: CompiledNode, rule: R): Localized;
  /** Checks of an entry that has at least one of `fields`. */
  checkEntry?(node: CompiledNode, rule: R, entry: Entry, report: ReportEntryProblem): void;
  /** Present when the points need the bloc's best (see `BlocBest`). */
  blocBest?: BlocBest<R>;
  /** True when the points come from the bloc's award history (never typed in a return). */
  readsHistory?: boolean;
  /**
   * "percentage" when a percent-formatted entry ("95%", stored as 0,95) means the percentage typed (95), in the
   * sheet's formula and in the reader alike; without it such an entry is refused (see `typedPercent.ts`).
   */
  typedPercent?: "percentage";
  /** The sheet's formula parts; undefined when a sheet cannot compute the points (bloc's best, history). */
  formula(node: CompiledNode, rule: R, refs: RowRefs): CriterionFormula | undefined;
  /** One Vietnamese line telling the unit what to enter and how it is scored (cột "Cách chấm"). */
  ruleText(node: CompiledNode, rule: R): string;
  /** The input cells of the scoring sheet, prefilled from `entry`. */
  sheetInput(node: CompiledNode, rule: R, entry: Entry | undefined): SheetInput;
  /** A constant row instead of input cells (award history, from the history the sheet is made with). */
  sheetConstant?(node: CompiledNode, rule: R, ctx: CriterionContext): SheetConstant;
  /** A missing entry in the scoring sheet's words; absent when the unit types nothing there (award history). */
  sheetMissing?(node: CompiledNode, rule: R, entry: Entry | undefined, columns: SheetColumns): SheetMissing;
  /**
   * The points a what-if may move the row to from `current`, nearest first, in the direction that raises the total
   * (a deduction goes down); `unit` is the table's rounding step. Absent: nothing to try (award history).
   */
  whatIfSteps?(node: CompiledNode, rule: R, current: Fixed, unit: Fixed): Fixed[];
  /** The entry fields read back from the sheet's input cells. */
  readCells(node: CompiledNode, rule: R, cells: SheetCells): Partial<Entry>;
  /** Template checks of the rule against its row (levels, floors, steps). */
  checkRule?(rule: R, at: RuleAt, report: ReportRuleProblem): void;
  /** What of the rule affects scoring, for the template's fingerprint (default: every field, numbers in `Fixed`). */
  fingerprintData?(rule: R): unknown;
  /** The rule's numbers that must fit the table's rounding, by path under the rule (`""`, `.levels[0]`). */
  roundedNumbers?(rule: R): { path: string; values: Record<string, number> }[];
};
