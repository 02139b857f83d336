// Entry of the task pane: Office.onReady and wiring only; UI logic lives in ui/, Excel calls in excel/.
// The stylesheet is emitted next to the page (asset) and linked from taskpane.html.
import "./taskpane.css";
import { statusText } from "./ui/renderStatus";

Office.onReady((info) => {
  const status = document.getElementById("status");
  if (status) status.textContent = statusText({ host: info.host ? String(info.host) : null });
});
