// The front door of core/access: who may do what, access keys, sign-in throttling.
export * from "./accessKey";
export * from "./authorize";
export * from "./principal";
export * from "./throttle";
