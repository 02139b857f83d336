// The front door of core/i18n: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./formatNumber";
export * from "./localized";
export * from "./formatPlaceDate";
