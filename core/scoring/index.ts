// The front door of core/scoring: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./missingHistoryProblem";
export * from "./rejectedReturnProblems";
export * from "./scoreResult";
export * from "./scoreReturn";
export * from "./scoreReturns";
export * from "./validateReturn";
export * from "./returnLevelProblem";
export * from "./entrySeverity";
