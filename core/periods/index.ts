// The front door of core/periods: the period state machine, deadlines, return versions and idempotency decisions.
export * from "./memberStatus";
export * from "./periodSchema";
export * from "./returnWrite";
export * from "./transitionPeriod";
export * from "./returnStatus";
export * from "./rankingInputsOf";
