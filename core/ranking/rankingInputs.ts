import type { AggregatedPoints } from "../scoring/aggregatePoints";
import type { CrossScoresFile } from "./crossScoresFileSchema";
import type { EligibilityFile } from "./eligibilityFileSchema";
import type { HistoryFile } from "./historyFileSchema";
import type { ReviewsFile } from "./reviewsFileSchema";
import type { VotesFile } from "./votesFileSchema";

/** The bloc's year-end files besides the returns; each is optional. */
export type RankingInputs = {
  reviews?: ReviewsFile;
  cross?: CrossScoresFile;
  votes?: VotesFile;
  history?: HistoryFile;
  eligibility?: EligibilityFile;
};

/**
 * One unit's self points per node index (Fixed, criteria and items only), as the scoring engine computed them, and
 * optionally their `aggregatePoints` (the scoring fast path computes both; ranking then re-adds only reviewed units).
 */
export type SelfScores = {
  unitId: string;
  points: ArrayLike<number>;
  aggregated?: AggregatedPoints;
  submittedAt?: string;
  /** False when validating the return found a problem (an incomplete submission); unknown counts as complete. */
  complete?: boolean;
};
