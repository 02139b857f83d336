// The front door of core/history: finalized results, the bloc's history for next year's ranking, trends.
export * from "./blocHistory";
export * from "./councilDecision";
export * from "./criterionTrends";
export * from "./finalizedSummary";
export * from "./unitTrends";
