// The front door of core/ports: the repository interfaces functions/src/storage implements.
export * from "./thiDuaStore";
