import type { Localized } from "../i18n/localized";
import type { RankingProblem, ReturnsProblemType } from "../ranking/rankingProblem";
import type { EntryOutcome } from "../scoring/entrySeverity";
import type { ReturnProblemType } from "../scoring/scoreResult";
import type { SheetProblemType } from "../sheets/sheetProblem";

/**
 * What a problem of the bloc's year is: a workbook's (not ours, formula edited…), a return's (the scoring engine's
 * type, a duplicate, members without one), a file that could not be read, or one in a year-end file.
 */
export type BlocProblemCode =
  | SheetProblemType
  | ReturnProblemType
  | ReturnsProblemType
  | "unreadable-file"
  | "year-end-input"
  /** A quantity orders of magnitude above the bloc's others (quantityOutliers): refused before the best. */
  | "quantity-outlier";

/**
 * One problem, typed (adapters decide by `code`, never by the words) and placed: the file, unit, cell and criterion
 * it is about, or the year-end input (`input`) and field path. `message` is what the user reads.
 */
export type BlocProblem = {
  code: BlocProblemCode;
  file?: string;
  unitId?: string;
  cell?: string;
  criterion?: string;
  /** For a problem in a year-end file or the ranking policy: which input. */
  input?: Exclude<RankingProblem["source"], "returns">;
  path?: string;
  message: Localized;
  /** For a problem about one entry: refused (the unit's return is not ranked until corrected) or counted as how many points. */
  outcome?: EntryOutcome;
};
