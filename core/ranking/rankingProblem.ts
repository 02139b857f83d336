import type { Localized } from "../i18n/localized";
import type { EntryOutcome } from "../scoring/entrySeverity";
import type { ReturnProblemType } from "../scoring/scoreResult";
import type { DuplicateReturnType } from "./chooseReturns";

/** Which input a ranking problem is about. */
export type RankingInputKind = "reviews" | "cross" | "votes" | "history" | "eligibility";

/**
 * What a problem about the returns is: the scoring engine's problem type, one of two returns from one unit, or the
 * members left without a usable return. Adapters decide by it, never by the message.
 */
export type ReturnsProblemType = ReturnProblemType | DuplicateReturnType | "missing-returns";

/** One problem in a ranking input, naming the file kind and the field (e.g. `adjustments[3].reason`). */
export type RankingProblem = {
  source: RankingInputKind | "returns" | "policy";
  path: string;
  unitId?: string;
  code?: string;
  /** For a problem about the returns: what it is. */
  type?: ReturnsProblemType;
  /** For a problem about one return: the file (or other source) it came from, when the caller named it. */
  file?: string;
  message: Localized;
  /** For a problem about one entry of a return: refused, or counted as how many points (`entrySeverity`). */
  outcome?: EntryOutcome;
};
