// The front door of core/sheets: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./cellAddress";
export * from "./consolidationSheetPlan";
export * from "./findConsolidationSheet";
export * from "./findScoringSheet";
export * from "./historySheetPlan";
export * from "./minutesSheetPlan";
export * from "./rankingWorkbookPlan";
export * from "./readConsolidationSheet";
export * from "./readScoringSheet";
export * from "./rowHeights";
export * from "./scoringFormulas";
export * from "./scoringSheetLayout";
export * from "./scoringSheetPlan";
export * from "./sheetMetadata";
export * from "./sheetPlan";
export * from "./sheetProblem";
export * from "./submissionRecord";
