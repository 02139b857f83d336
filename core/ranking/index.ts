// The front door of core/ranking: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./awards/awardName";
export * from "./formatIsoTime";
export { REVIEW_TEXT_LIMITS, reviewWordingIssues } from "./inputs/checkReviewWording";
export type { ReviewWordingIssue } from "./inputs/checkReviewWording";
export type { ReviewAdjustment } from "./reviewsFileSchema";
export * from "./parseRankingFile";
export * from "./rankBloc";
export * from "./rankingInputs";
export * from "./rankingProblem";
export * from "./rankingResult";
export * from "./stability/whatIfOneRank";
export * from "./ties/describeTieBreakKey";
export * from "./crossScores/rankedWithoutCrossScores";
export * from "./votes/pendingDecisions";
export { closeCallSentence } from "./stability/closeCallSentence";
