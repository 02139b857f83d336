// TEST-ONLY entry (e2e.html): the real pane over an in-memory workbook standing in for Excel at the adapter
// boundary (the Office.js adapter runs against the typed fake). scripts/webpack/paneBuild.js adds this entry only
// with `--env e2e` and refuses that in production mode; the production page has no switch that could reach it.
import "../taskpane.css";
import { SCORING_SHEET } from "../../core/sheets";
import { FakeContext } from "../../test/helpers/fakeExcel";
import { officeScoringWorkbook } from "../excel/scoringWorkbook";
import { realTimers, withWatchdog } from "../excel/withWatchdog";
import { downloadedFiles, fetchedTables } from "../ui/browserPorts";
import { mountPane } from "../ui/mountPane";

/** What the browser test drives in place of a person at the Excel grid. */
export type HarnessHandle = {
  typeInto(ref: string, input: string): Promise<void>;
  selection(): { sheet: string; address: string } | undefined;
  sheetNames(): string[];
  syncCount(): number;
};

const context = new FakeContext();
const handle: HarnessHandle = {
  typeInto: (ref, input) => context.typeInto(SCORING_SHEET, ref, input),
  selection: () => context.selection,
  sheetNames: () => context.workbook.worksheets.items.map((s) => s.name),
  syncCount: () => context.syncCount,
};
(window as unknown as { thiduaHarness: HarnessHandle }).thiduaHarness = handle;

Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) return;
  const workbook = officeScoringWorkbook(withWatchdog((batch) => batch(context.asExcel()), 15_000));
  mountPane(root, {
    workbook,
    tables: fetchedTables(),
    files: downloadedFiles,
    timers: realTimers,
    now: () => new Date(),
  });
});
