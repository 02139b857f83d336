// The front door of core/returns: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./awardHistory";
export * from "./parseReturn";
export * from "./returnSchema";
