// Entry of the task pane: Office.onReady and wiring only; UI logic lives in ui/, Excel calls in excel/.
// The stylesheet is emitted next to the page (asset) and linked from taskpane.html.
import "./taskpane.css";
import { statusText } from "./ui/renderStatus";
import { templateCheckText } from "./ui/templateCheckText";

Office.onReady((info) => {
  const status = document.getElementById("status");
  if (status) status.textContent = statusText({ host: info.host ? String(info.host) : null });
  const picker = document.getElementById("template-file") as HTMLInputElement | null;
  const result = document.getElementById("template-check");
  picker?.addEventListener("change", () => {
    const file = picker.files?.[0];
    if (!file || !result) return;
    void file.text().then((text) => {
      const check = templateCheckText(text);
      result.textContent = check.lines.join("\n");
      result.className = check.ok ? "ok" : "problem";
    });
  });
});
