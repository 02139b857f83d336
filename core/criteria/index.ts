// The front door of core/criteria: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./criterionKind";
export * from "./formulaText";
export * from "./registry";
