// Entry of the task pane: Office.onReady and wiring only; UI logic lives in ui/, Excel calls in excel/.
// The stylesheet is emitted next to the page (asset) and linked from taskpane.html.
import "./taskpane.css";
import { officeScoringWorkbook } from "./excel/scoringWorkbook";
import { realTimers, withWatchdog } from "./excel/withWatchdog";
import { downloadedFiles, fetchedTables } from "./ui/browserPorts";
import { mountPane } from "./ui/mountPane";

/** How long one Excel request may take before the pane calls it hung and offers "Thử lại". */
const EXCEL_WATCHDOG_MS = 15_000;

Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  // Outside Office (a plain browser) the host is null: the pane shows the tables but touches no workbook.
  const workbook =
    info.host === Office.HostType.Excel
      ? officeScoringWorkbook(withWatchdog((batch) => Excel.run(batch), EXCEL_WATCHDOG_MS))
      : undefined;
  mountPane(root, {
    workbook,
    tables: fetchedTables(),
    files: downloadedFiles,
    timers: realTimers,
    now: () => new Date(),
  });
});
