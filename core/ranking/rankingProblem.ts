import type { Localized } from "../i18n/localized";

/** Which input a ranking problem is about. */
export type RankingInputKind = "reviews" | "cross" | "votes" | "history" | "eligibility";

/** One problem in a ranking input, naming the file kind and the field (e.g. `adjustments[3].reason`). */
export type RankingProblem = {
  source: RankingInputKind | "returns" | "policy";
  path: string;
  unitId?: string;
  code?: string;
  message: Localized;
};
