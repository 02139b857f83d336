// The front door of core/json: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./jsonProblem";
export * from "./parseJsonText";
export * from "./zodIssueWords";
