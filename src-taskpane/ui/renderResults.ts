import type { Localized } from "../../core/i18n";
import type { Pane } from "./createPane";
import { el, replaceIfChanged } from "./dom";
import type { PaneProblem, PaneState } from "./paneState";
import { whyPoints, words } from "./words";

export type T = (m: Localized) => string;

export function renderScore(
  box: HTMLElement,
  state: Readonly<PaneState>,
  t: T,
  num: (v: number) => string,
): void {
  const score = state.score;
  box.hidden = !score;
  if (!score) return;
  const reasons = score.provisionalReasons.map((r) => t(r)).join("; ");
  const how = score.totalExplanation ? t(score.totalExplanation) : "";
  replaceIfChanged(box, `${state.lang}|${score.total}|${how}|${reasons}`, () => {
    const total = el("p", { class: "total" });
    total.append(el("span", {}, t(words.total)), el("strong", { id: "total" }, num(score.total)));
    const parts = [total, el("p", { class: "hint" }, how)];
    if (reasons) parts.push(el("p", { class: "hint" }, `${t(words.provisional)} ${reasons}.`));
    return parts;
  });
}

/** Problems with a cell are buttons that select it; criteria not filled in yet are folded into one list. */
export function renderProblems(box: HTMLElement, state: Readonly<PaneState>, t: T, pane: () => Pane): void {
  box.hidden = !state.inserted;
  const key = `${state.lang}|${state.problems.map((p) => `${p.cell}:${p.message.vi}`).join("\n")}`;
  replaceIfChanged(box, key, () => {
    // Core words a missing entry for the return file ("achieved", "level"); on the sheet it is a blank cell.
    const missing = (p: PaneProblem) => p.type === "missing-entry";
    const errors = state.problems.map((p, i) => [p, i] as const).filter(([p]) => !missing(p));
    const blanks = state.problems.map((p, i) => [p, i] as const).filter(([p]) => missing(p));
    const item = ([p, i]: readonly [PaneProblem, number], text: string) => {
      const li = el("li");
      if (!p.cell) li.textContent = text;
      else {
        const button = el(
          "button",
          { type: "button", title: t(words.selectCell), "data-cell": p.cell },
          text,
        );
        button.addEventListener("click", () => void pane().selectProblem(i));
        li.append(button);
      }
      return li;
    };
    const heading = el("h2", {}, `${t(words.problems)} (${errors.length})`);
    if (state.problems.length === 0) return [el("p", { class: "ok" }, t(words.noProblems))];
    const out: Node[] = [];
    if (errors.length > 0) {
      const list = el("ul", { class: "problems", id: "problem-list" });
      list.append(...errors.map((e) => item(e, t(e[0].message))));
      out.push(heading, list);
    }
    if (blanks.length > 0) {
      const details = el("details", { id: "missing" });
      const list = el("ul", { class: "problems" });
      list.append(
        ...blanks.map((b) =>
          item(b, `${t(words.cell)} ${b[0].cell} (${b[0].code}): ${t(words.missingEntry)}`),
        ),
      );
      details.append(el("summary", {}, `${t(words.missing)} (${blanks.length})`), list);
      out.push(details);
    }
    return out;
  });
}

export function renderCriteria(
  box: HTMLElement,
  state: Readonly<PaneState>,
  t: T,
  num: (v: number) => string,
  pane: () => Pane,
): void {
  const score = state.score;
  box.hidden = !score;
  if (!score) return;
  const nodes = score.nodes.filter((n) => n.kind !== undefined);
  const key = `${state.lang}|${state.explainCode}|${nodes.map((n) => `${n.code}=${n.points}`).join()}`;
  replaceIfChanged(box, key, () => {
    const list = el("ul", { class: "criteria" });
    for (const node of nodes) {
      const open = state.explainCode === node.code;
      const li = el("li");
      const button = el("button", { type: "button", "aria-expanded": String(open), "data-code": node.code });
      button.append(
        el("span", { class: "code" }, node.code),
        el("span", { class: "title" }, node.title),
        el("span", { class: "pts" }, num(node.points)),
      );
      button.addEventListener("click", () => pane().explain(node.code));
      li.append(button);
      if (open) {
        const why = el("div", { class: "why", role: "region", id: `why-${node.code}` });
        why.append(el("h3", {}, t(whyPoints(num(node.points)))), el("p", {}, t(node.explanation)));
        li.append(why);
      }
      list.append(li);
    }
    return [el("h2", {}, t(words.criteria)), el("p", { class: "hint" }, t(words.criteriaHint)), list];
  });
}
