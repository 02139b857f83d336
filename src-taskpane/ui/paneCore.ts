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
