// The front door of core/api: HTTP request/response schemas and the problem vocabulary (functions/ and the pane).
export * from "./apiProblem";
export * from "./resourceSchemas";
export * from "./zodDetails";
export * from "./rankingResponseSchema";
