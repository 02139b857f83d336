// The front door of core/decimal: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./fixed";
