import type { Lang, Localized } from "../../../core/i18n";
import { formatNumber } from "../../../core/i18n";
import { el, fluentButton, replaceIfChanged } from "../dom";
import { actionStateView } from "../actionStateView";
import { formatDateTime } from "../formatDateTime";
import type { Connected } from "./createConnected";
import { isUnitKey } from "./createConnected";
import { connectedWords as w, countdown, memberStatusWords, roleWords, stageWords } from "./connectedWords";
import { choicesView } from "./choicesView";
import { changedWords, sentWords } from "./sheetRecord";

/**
 * The connected part's DOM inside its section: who is signed in, Submit with the receipt and pending submits, the
 * return's stage with the reviewers' adjustments beside the unit's own points and a Giải trình box for each, and
 * the leader's status board. It renders and forwards clicks only.
 */
export function connectedView(section: HTMLElement, connected: () => Connected, lang: () => Lang) {
  const who = el("p", { id: "who", class: "hint" });
  const signOut = fluentButton("sign-out", "subtle");
  const { status, failure, notice, ...actionState } = actionStateView(
    "connected",
    () => void connected().retry(),
  );
  const submit = fluentButton("submit", "primary");
  const submitHint = el("p", { class: "hint", id: "submit-hint" });
  const pending = el("div", { id: "pending", class: "pending" });
  const pendingText = el("p");
  const sendAgain = fluentButton("send-again");
  pending.append(pendingText, sendAgain);
  const receipt = el("dl", { id: "receipt", class: "receipt" });
  const stage = el("p", { id: "return-stage" });
  const adjustments = el("section", { id: "adjustments" });
  const board = el("section", { id: "board" });
  const refresh = fluentButton("refresh", "subtle");
  const top = el("div", { class: "row" });
  top.append(who, signOut, refresh);
  const choices = choicesView(connected, lang);
  const sheetRecord = el("p", { id: "sheet-record", role: "status" });
  section.replaceChildren(
    top,
    choices.periodBox,
    choices.roles,
    sheetRecord,
    status,
    failure,
    notice,
    submit,
    submitHint,
    pending,
    receipt,
    stage,
    adjustments,
    board,
  );

  signOut.addEventListener("click", () => void connected().signOut());
  submit.addEventListener("click", () => void connected().submit());
  sendAgain.addEventListener("click", () => void connected().resumePending());
  refresh.addEventListener("click", () => void connected().refresh());

  return function render(): void {
    const c = connected();
    const s = c.state();
    const l = lang();
    const t = (m: Localized) => m[l];
    const num = (v: number) => formatNumber(v, l);
    const isUnit = isUnitKey(s.me);
    top.hidden = !s.me;
    who.textContent = s.me
      ? [t(roleWords[s.me.role] ?? roleWords.member!), s.me.unitId, s.period?.periodId]
          .filter(Boolean)
          .join(" · ")
      : "";
    signOut.textContent = t(w.signOut);
    refresh.textContent = t(w.refresh);
    actionState.render(s, t);

    choices.render();
    const changed = c.sheetChanged();
    sheetRecord.hidden = !isUnit || !s.sheetRecord;
    sheetRecord.className = changed ? "notice warning" : "hint";
    sheetRecord.textContent = s.sheetRecord
      ? `${t(sentWords(s.sheetRecord))}${changed ? ` ${t(changedWords)}` : ""}`
      : "";
    submit.hidden = !isUnit;
    submit.textContent = t(changed ? w.submitAgain : w.submit);
    submit.toggleAttribute("disabled", !c.canSubmit());
    submitHint.hidden = !isUnit || c.canSubmit() || s.busy !== undefined;
    submitHint.textContent = t(w.submitHint);

    const mine = s.pending.filter((p) => p.unitId === s.me?.unitId);
    pending.hidden = mine.length === 0;
    pendingText.textContent = mine
      .map(
        (p) => `${t(w.pending)}: ${p.unitId} · ${formatDateTime(new Date(p.queuedAt))} · ${num(p.attempts)}×`,
      )
      .join("\n");
    sendAgain.textContent = t(w.sendAgain);

    const r = s.receipt;
    receipt.hidden = !r;
    replaceIfChanged(receipt, `${l}|${r?.returnHash ?? ""}|${r?.version ?? ""}`, () =>
      r
        ? [
            el("dt", {}, t(w.receipt)),
            el(
              "dd",
              { id: "receipt-text" },
              `${formatDateTime(new Date(r.receivedAt))} · v${r.version} · ${r.returnHash.slice(0, 8)}`,
            ),
            el("dd", {}, `${t(w.serverTotal)} ${num(r.total)}${r.late ? ` · ${t(w.late)}` : ""}`),
          ]
        : [],
    );

    const rs = s.returnStatus;
    stage.hidden = !rs;
    stage.textContent = rs ? `${t(w.stage)}: ${t(stageWords[rs.stage])}` : "";
    replaceIfChanged(adjustments, `${l}|${JSON.stringify(rs?.adjustments ?? [])}`, () =>
      !rs || rs.adjustments.length === 0
        ? []
        : [
            el("h2", {}, t(w.adjustments)),
            ...rs.adjustments.map((a) => {
              const row = el("div", { class: "adjustment" });
              row.append(
                el(
                  "h3",
                  {},
                  `${a.code}: ${t(w.own)} ${a.own === undefined ? "–" : num(a.own)} → ${t(w.reviewed)} ${num(a.points)}`,
                ),
                el("p", { class: "hint" }, a.reason),
              );
              if (a.explanation) row.append(el("p", {}, `${t(w.explanationSent)} ${a.explanation}`));
              else {
                const box = el("textarea", { rows: "2", "aria-label": `${t(w.explain)} ${a.code}` });
                const send = fluentButton(`explain-${a.code}`);
                send.textContent = t(w.explain);
                send.addEventListener("click", () => void connected().explain(a.code, box.value));
                row.append(box, send);
              }
              return row;
            }),
          ],
    );

    const b = s.board;
    replaceIfChanged(board, `${l}|${JSON.stringify(b ?? null)}|${s.readAt?.getTime() ?? ""}`, () => {
      if (!b) return [];
      const count = (k: "submitted" | "late" | "missing") =>
        `${t(memberStatusWords[k])}: ${num(b.members.filter((m) => m.status === k).length)}`;
      const list = el("ul", { class: "board" });
      list.append(
        ...b.members.map((m) =>
          el(
            "li",
            { "data-unit": m.unitId, "data-status": m.status },
            `${m.name} — ${t(memberStatusWords[m.status])}`,
          ),
        ),
      );
      return [
        el("h2", {}, t(w.board)),
        el("p", { id: "countdown" }, t(countdown(new Date(b.deadline), s.readAt ?? new Date()))),
        el("p", { id: "board-counts" }, [count("submitted"), count("late"), count("missing")].join(" · ")),
        list,
      ];
    });
  };
}
