// The front door of core/bloc: the use cases every adapter (cli/, src-taskpane/, functions/) calls.
export * from "./blocProblem";
export * from "./consolidateBloc";
export * from "./quantityOutliers";
export * from "./rankBloc";
export * from "./scoreBloc";
export * from "./workbookProblemWording";
