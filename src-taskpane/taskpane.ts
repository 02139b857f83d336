// Entry of the task pane: Office.onReady and wiring only; UI logic lives in ui/, Excel calls in excel/.
// The stylesheet is emitted next to the page (asset) and linked from taskpane.html.
import "./taskpane.css";
import { mountPane } from "./ui/mountPane";

Office.onReady((info) => {
  // Outside Office (a plain browser) the host is null: the pane shows the tables but touches no workbook.
  mountPane(info.host === Office.HostType.Excel ? (batch) => Excel.run(batch) : undefined);
});
