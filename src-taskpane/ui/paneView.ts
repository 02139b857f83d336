import type { Localized } from "../../core/i18n";
import { formatNumber } from "../../core/i18n";
import type { Pane } from "./createPane";
import { el, fluentButton, replaceIfChanged } from "./dom";
import type { PaneState } from "./paneState";
import { renderCriteria, renderProblems, renderScore } from "./renderResults";
import { words } from "./words";

/**
 * The pane's DOM: built once, then updated from each state. It renders and forwards clicks; every decision is
 * in createPane and core. Lists are native buttons (Tab and Enter work), the actions Fluent buttons.
 */
export function paneView(root: HTMLElement, pane: () => Pane) {
  const langButton = fluentButton("lang", "subtle");
  const header = el("header");
  const title = el("div");
  title.append(el("h1", {}, "Thi Đua"), el("p", { class: "subtitle", id: "subtitle" }));
  header.append(title, langButton);
  const status = el("p", { id: "status", role: "status", "aria-live": "polite" });

  const tableLabel = el("label", { for: "table" });
  const tableSelect = el("select", { id: "table" });
  const fileButton = fluentButton("open-file");
  const fileInput = el("input", {
    type: "file",
    accept: ".json,application/json",
    id: "table-file",
    hidden: "",
  });
  const tableSource = el("p", { id: "table-source", class: "hint" });
  const tableProblems = el("ul", { id: "table-problems", class: "problems", role: "alert" });
  const unitLabel = el("label", { for: "unit" });
  const unitSelect = el("select", { id: "unit" });
  const insertButton = fluentButton("insert", "primary");
  const setup = el("section", { "aria-labelledby": "table" });
  const fileRow = el("div", { class: "row" });
  fileRow.append(fileButton, fileInput);
  setup.append(
    tableLabel,
    tableSelect,
    fileRow,
    tableSource,
    tableProblems,
    unitLabel,
    unitSelect,
    insertButton,
  );

  const failure = el("div", { id: "failure", class: "failure", role: "alert" });
  const failureText = el("p");
  const retryButton = fluentButton("retry");
  failure.append(failureText, retryButton);
  const notice = el("p", { id: "notice", class: "notice", role: "status" });

  const scoreBox = el("section", { id: "score", class: "score", "aria-live": "polite" });
  const problemsBox = el("section", { id: "problems" });
  const criteriaBox = el("section", { id: "criteria" });
  const actions = el("div", { class: "actions" });
  const checkButton = fluentButton("check");
  const saveButton = fluentButton("save", "primary");
  actions.append(checkButton, saveButton);
  root.replaceChildren(header, status, setup, failure, notice, scoreBox, problemsBox, actions, criteriaBox);

  langButton.addEventListener("click", () => pane().setLang(pane().state().lang === "vi" ? "en" : "vi"));
  tableSelect.addEventListener("change", () => void pane().chooseTable(tableSelect.value));
  fileButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void file.text().then((text) => pane().openTableFile(file.name, text));
    fileInput.value = "";
  });
  unitSelect.addEventListener("change", () => pane().chooseUnit(unitSelect.value));
  insertButton.addEventListener("click", () => void pane().insertSheet());
  retryButton.addEventListener("click", () => void pane().retry());
  checkButton.addEventListener("click", () => void pane().checkNow());
  saveButton.addEventListener("click", () => void pane().saveReturn());

  return function render(state: Readonly<PaneState>): void {
    const lang = state.lang;
    const t = (m: Localized) => m[lang];
    const num = (v: number) => formatNumber(v, lang);
    const busy = state.busy !== undefined;
    document.documentElement.lang = lang;
    langButton.textContent = t(words.otherLang);
    langButton.setAttribute("aria-label", t(words.otherLangLabel));
    title.querySelector("#subtitle")!.textContent = t(words.subtitle);
    status.textContent = state.busy ? t(state.busy) : state.excel ? t(words.ready) : t(words.notInExcel);
    status.classList.toggle("busy", busy);

    tableLabel.textContent = t(words.table);
    replaceIfChanged(tableSelect, `${lang}|${state.tables.map((c) => c.id).join()}`, () => [
      el("option", { value: "" }, t(words.chooseTable)),
      ...state.tables.map((c) => el("option", { value: c.id }, c.title)),
    ]);
    tableSelect.value = state.tableId ?? "";
    fileButton.textContent = t(words.openFile);
    tableSource.textContent = state.table ? `${t(words.tableFile)} ${t(state.table.source)}` : "";
    replaceIfChanged(tableProblems, `${lang}|${state.tableProblems.map((p) => p.vi).join("\n")}`, () =>
      state.tableProblems.length === 0
        ? []
        : [
            el("li", { class: "lead" }, t(words.tableInvalid)),
            ...state.tableProblems.map((p) => el("li", {}, t(p))),
          ],
    );

    const members = state.table?.compiled.template.members ?? [];
    unitLabel.textContent = t(words.unit);
    replaceIfChanged(unitSelect, `${lang}|${members.map((m) => m.id).join()}`, () => [
      el("option", { value: "" }, t(words.chooseUnit)),
      ...members.map((m) => el("option", { value: m.id }, m.name)),
    ]);
    unitSelect.value = state.unitId ?? "";
    unitSelect.disabled = members.length === 0 || busy;
    tableSelect.disabled = busy;
    insertButton.textContent = t(state.inserted ? words.reinsert : words.insert);
    insertButton.toggleAttribute("disabled", !state.excel || !state.table || !state.unitId || busy);

    failure.hidden = state.failure === undefined;
    failureText.textContent = state.failure ? t(state.failure.message) : "";
    retryButton.textContent = t(words.retry);
    retryButton.hidden = !state.failure?.retryable;
    notice.hidden = state.notice === undefined;
    notice.textContent = state.notice ? t(state.notice) : "";

    renderScore(scoreBox, state, t, num);
    renderProblems(problemsBox, state, t, pane);
    renderCriteria(criteriaBox, state, t, num, pane);
    actions.hidden = !state.inserted;
    checkButton.textContent = t(words.checkAgain);
    saveButton.textContent = t(words.save);
    checkButton.toggleAttribute("disabled", busy);
    saveButton.toggleAttribute("disabled", busy || !state.score);
  };
}
