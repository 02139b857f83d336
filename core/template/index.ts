// The front door of core/template: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./compileTemplate";
export * from "./describeRounding";
export * from "./displayNames";
export * from "./parseTemplate";
export * from "./templateFingerprint";
export * from "./templateProblem";
export * from "./templateSchema";
