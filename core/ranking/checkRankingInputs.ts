import type { CompiledTemplate } from "../template/compileTemplate";
import type { CrossScoresFile } from "./crossScoresFileSchema";
import type { EligibilityFile } from "./eligibilityFileSchema";
import type { HistoryFile } from "./historyFileSchema";
import { checkBallots } from "./inputs/checkBallots";
import { checkCrossScores } from "./inputs/checkCrossScores";
import { checkEligibilityRecords } from "./inputs/checkEligibilityRecords";
import { checkHistory } from "./inputs/checkHistory";
import { checkReviews } from "./inputs/checkReviews";
import { recordChecker } from "./inputs/recordChecker";
import type { RankingProblem } from "./rankingProblem";
import type { ReviewsFile } from "./reviewsFileSchema";
import type { VotesFile } from "./votesFileSchema";

/**
 * Checks schema-valid ranking inputs against the template: units are members, codes are criteria or items (not
 * award-history items, which come from history), points within the criterion's maximum, no duplicate or conflicting
 * records, a second review only after a review, an explanation only about a reviewed criterion, no unit scoring
 * itself, cross-scores only where the policy ranks by them, ballots for listed awards with the bloc's member count,
 * and (given `withReturn`) no review or cross-score of a unit without a usable return; the history of this bloc,
 * with members, known awards and past years; ballots, elections and flags of this year's meeting; reviews in the
 * table's decimals, with reasons and reviewer names within their limits and without hidden characters. Each problem names its file
 * and field; a record reported here never counts in the ranking.
 */
export function checkRankingInputs(
  compiled: CompiledTemplate,
  inputs: {
    reviews?: ReviewsFile;
    cross?: CrossScoresFile;
    votes?: VotesFile;
    eligibility?: EligibilityFile;
    history?: HistoryFile;
  },
  /** The units whose return is ranked; when given, records about other members are reported. */
  withReturn?: ReadonlySet<string>,
): RankingProblem[] {
  const check = recordChecker(compiled, withReturn);
  checkReviews(check, inputs.reviews);
  checkCrossScores(check, inputs.cross);
  checkBallots(check, inputs.votes);
  checkEligibilityRecords(check, inputs.eligibility);
  checkHistory(check, inputs.history);
  return check.problems;
}
