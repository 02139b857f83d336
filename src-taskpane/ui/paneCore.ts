// The lazy chunk's entry (webpack chunk "core", loaded by mountPane when the user picks a table): everything the
// pane runs of core to read a table, write and read the scoring sheet and score it, with zod underneath. The first
// screen (the table list) never waits for it; the modules outside this chunk import core's types and words only.
export { parseJsonText } from "../../core/json";
export { scoreReturn } from "../../core/scoring";
export { SCORING_SHEET, scoringSheetLayout } from "../../core/sheets";
export { parseTemplate } from "../../core/template";
export {
  readScoringReturn,
  readSubmissionRecord,
  selectScoringCell,
  writeScoringSheet,
  writeSubmissionRecord,
} from "../excel/scoringWorkbookActions";
export { problemCell } from "./problemCell";
// The leader's flows (ui/connected/createLeader.ts): what-if and self points over the server's returns, the meeting's
// pending decisions, the consolidation sheet and the ranked table as plans, and the Office.js actions that apply them.
export { rankBloc } from "../../core/bloc";
export { rankingInputsOf } from "../../core/periods";
export { closeCallSentence, pendingDecisions } from "../../core/ranking";
export {
  consolidationWorkbookPlan,
  historyWorkbookPlan,
  minutesOptionsOf,
  minutesWorkbookPlan,
  rankedTableWorkbookPlan,
} from "../../core/sheets";
export { readConsolidationReviews, writeWorkbookPlan } from "../excel/leaderWorkbookActions";
