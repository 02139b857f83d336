import type { Lang, Localized } from "../../../core/i18n";
import { formatNumber } from "../../../core/i18n";
import type { Period } from "../../../core/periods";
import { periodAccepts, periodMoves } from "../../../core/periods";
import { el, fluentButton, replaceIfChanged } from "../dom";
import type { BallotEntry, Leader, TieEntry } from "./createLeader";
import type { LeaderRanking } from "./leaderState";
import { leaderWords as w } from "./leaderWords";

/**
 * The leader's part of the connected pane: the actions the period's state allows (core's state machine), the
 * consolidation sheet's problems, the ballots and tie decisions a ranking waits for, the server's ranking with its
 * ties, stability, proposals and unused quotas, what-if, and finalize behind a confirmation. It renders and forwards.
 */
export function leaderView(
  root: HTMLElement,
  leader: () => Leader,
  period: () => Period | undefined,
  lang: () => Lang,
) {
  const heading = el("h2", { id: "leader-heading" });
  const periodLine = el("p", { id: "period-state", class: "hint" });
  const status = el("p", { id: "leader-status", role: "status", "aria-live": "polite" });
  const failure = el("div", { id: "leader-failure", class: "failure", role: "alert" });
  const failureText = el("p");
  const retry = fluentButton("leader-retry");
  failure.append(failureText, retry);
  const notice = el("p", { id: "leader-notice", class: "notice", role: "status" });
  const consolidate = fluentButton("consolidate", "primary");
  const saveReviews = fluentButton("save-reviews");
  const moveClose = fluentButton("move-close");
  const moveReview = fluentButton("move-start-review");
  const rank = fluentButton("rank", "primary");
  const actions = el("div", { class: "row leader-actions" });
  actions.append(consolidate, saveReviews, moveClose, moveReview, rank);
  const reviewHint = el("p", { id: "review-hint", class: "hint" });
  const problems = el("ul", { id: "review-problems", class: "problems" });
  const ballots = el("section", { id: "ballots", "aria-label": "ballots" });
  const results = el("section", { id: "ranking" });
  const whatIf = el("section", { id: "what-if" });
  const finalize = el("section", { id: "finalize" });
  const documents = el("div", { id: "leader-documents", class: "row" });
  const history = fluentButton("insert-history");
  const minutes = fluentButton("insert-minutes");
  documents.append(history, minutes);
  root.replaceChildren(
    heading,
    periodLine,
    status,
    failure,
    notice,
    actions,
    reviewHint,
    problems,
    ballots,
    results,
    whatIf,
    finalize,
    documents,
  );

  retry.addEventListener("click", () => void leader().retry());
  consolidate.addEventListener("click", () => void leader().consolidate());
  saveReviews.addEventListener("click", () => void leader().saveReviews());
  moveClose.addEventListener("click", () => void leader().move("close"));
  moveReview.addEventListener("click", () => void leader().move("start-review"));
  rank.addEventListener("click", () => void leader().rank());
  history.addEventListener("click", () => void leader().insertHistory());
  minutes.addEventListener("click", () => void leader().insertMinutes());

  return function render(): void {
    const l = leader();
    const s = l.state();
    const p = period();
    const lg = lang();
    const t = (m: Localized) => m[lg];
    root.hidden = !l.isLeader() || !p;
    if (root.hidden || !p) return;
    const moves = periodMoves(p, ["close", "start-review", "finalize"] as const);
    heading.textContent = t(w.heading);
    periodLine.textContent = `${p.periodId} · ${t(w.periodState[p.state])}`;
    status.textContent = s.busy ? t(s.busy) : "";
    failure.hidden = !s.failure;
    failureText.textContent = s.failure ? t(s.failure.message) : "";
    retry.textContent = t(w.retry);
    retry.hidden = !s.failure?.retryable;
    notice.hidden = !s.notice;
    notice.textContent = s.notice ? t(s.notice) : "";
    const live = p.state !== "finalized";
    for (const [button, words, shown] of [
      [consolidate, w.consolidate, live],
      [saveReviews, w.saveReviews, periodAccepts(p, "review").ok],
      [moveClose, w.moveClose, moves.includes("close")],
      [moveReview, w.moveStartReview, moves.includes("start-review")],
      [rank, w.rank, true],
    ] as const) {
      button.textContent = t(words);
      button.hidden = !shown;
      button.toggleAttribute("disabled", s.busy !== undefined);
    }
    reviewHint.hidden = !s.consolidated || !live;
    reviewHint.textContent = t(w.reviewHint);
    replaceIfChanged(problems, `${lg}|${JSON.stringify(s.reviewProblems)}`, () =>
      s.reviewProblems.map((pr) => el("li", pr.cell ? { "data-cell": pr.cell } : {}, t(pr.message))),
    );
    const r = s.ranking;
    replaceIfChanged(ballots, `${lg}|${p.state}|${r?.response.result.inputHash ?? ""}`, () =>
      r && live ? ballotForm(r, t, (b, ties) => void leader().saveVotes(b, ties)) : [],
    );
    replaceIfChanged(results, `${lg}|${r?.response.result.inputHash ?? ""}|${r?.inserted ?? ""}`, () =>
      r ? rankingLines(r, t, lg) : [],
    );
    replaceIfChanged(
      whatIf,
      `${lg}|${r?.response.result.inputHash ?? ""}|${JSON.stringify(s.whatIf ?? null)}`,
      () => (r ? whatIfForm(r, s.whatIf, t, (unitId) => void leader().whatIf(unitId)) : []),
    );
    replaceIfChanged(finalize, `${lg}|${p.state}|${s.confirmFinalize}|${moves.join()}`, () => {
      if (!moves.includes("finalize")) return [];
      if (!s.confirmFinalize) {
        const ask = fluentButton("finalize");
        ask.textContent = t(w.finalize);
        ask.addEventListener("click", () => leader().askFinalize());
        return [ask];
      }
      const box = el("div", { id: "finalize-confirm", class: "failure", role: "alertdialog" });
      const yes = fluentButton("finalize-confirm-yes", "primary");
      const no = fluentButton("finalize-confirm-no", "subtle");
      yes.textContent = t(w.confirm);
      no.textContent = t(w.cancel);
      yes.addEventListener("click", () => void leader().finalize());
      no.addEventListener("click", () => leader().cancelFinalize());
      const row = el("div", { class: "row" });
      row.append(yes, no);
      box.append(el("p", {}, t(w.confirmFinalize(p.periodId))), row);
      return [box];
    });
    documents.hidden = !l.hasDocuments();
    history.textContent = t(w.history);
    minutes.textContent = t(w.minutes);
  };
}

type T = (m: Localized) => string;

/** The ranking as the server answered it: ranks, totals, ties, stability, proposals and unused quotas. */
function rankingLines(r: LeaderRanking, t: T, lang: Lang): Node[] {
  const { result } = r.response;
  const num = (v: number) => formatNumber(v, lang);
  const nameOf = (id: string) => result.units.find((u) => u.unitId === id)?.name ?? id;
  const list = el("ol", { class: "ranked" });
  list.append(
    ...result.units.map((u) =>
      el(
        "li",
        { "data-unit": u.unitId, "data-rank": String(u.rank ?? "") },
        `${u.rank ?? "—"}. ${u.name} — ${u.hasReturn ? num(u.total) : "—"}${u.band ? ` · ${t(u.band.name)}` : ""}`,
      ),
    ),
  );
  const out: Node[] = [el("h3", {}, t(w.results)), list];
  if (r.inserted) out.push(el("p", { class: "hint", id: "ranked-inserted" }, t(w.rankedInserted)));
  const block = (id: string, title: Localized, lines: string[]) => {
    if (lines.length === 0) return;
    const ul = el("ul", { id, class: "lines" });
    ul.append(...lines.map((line) => el("li", {}, line)));
    out.push(el("h3", {}, t(title)), ul);
  };
  block(
    "ties",
    w.ties,
    result.ties.map((tie) => t(tie.sentence)),
  );
  block("stability", w.stability, [
    ...(result.stability.robust ? [t(w.robust)] : []),
    ...r.closeCalls.map(t),
  ]);
  block(
    "proposals",
    w.proposals,
    result.proposals
      .filter((p) => p.proposed.length > 0 || p.undecided.length > 0 || p.vote === "pending")
      .map(
        (p) =>
          `${t(p.name)}: ${p.proposed.map(nameOf).join(", ") || "—"}${p.vote === "pending" ? ` (${t(w.pendingVote)})` : ""}`,
      ),
  );
  block(
    "unmet",
    w.unmet,
    result.proposals
      .filter((p) => p.unused > 0)
      .map(
        (p) =>
          `${t(p.name)}: ${num(p.unused)}/${num(p.quota)}${p.unusedReason ? ` — ${t(p.unusedReason)}` : ""}`,
      ),
  );
  return out;
}

/** The ballots and tie decisions the ranking waits for; nothing when it waits for none. */
function ballotForm(
  r: LeaderRanking,
  t: T,
  save: (ballots: BallotEntry[], ties: TieEntry[]) => void,
): Node[] {
  const { pending, response } = r;
  if (pending.ballots.length === 0 && pending.ties.length === 0) return [];
  const { result } = response;
  const nameOf = (id: string) => result.units.find((u) => u.unitId === id)?.name ?? id;
  const members = result.units.length;
  const number = (id: string, label: string, value: number) => {
    const wrap = el("label", { for: id, class: "number" }, label);
    const input = el("input", {
      id,
      type: "number",
      min: "0",
      max: String(members),
      step: "1",
      value: String(value),
    });
    wrap.append(input);
    return { wrap, input };
  };
  const out: Node[] = [el("h3", {}, t(w.ballots))];
  const readers: (() => BallotEntry)[] = [];
  for (const b of pending.ballots) {
    const award = result.proposals.find((p) => p.award === b.award);
    const fieldset = el("fieldset", { "data-award": b.award });
    fieldset.append(el("legend", {}, award ? t(award.name) : b.award));
    const present = number(`present-${b.award}`, t(w.present), members);
    const cast = number(`cast-${b.award}`, t(w.cast), members);
    const valid = number(`valid-${b.award}`, t(w.valid), members);
    const tallies = b.candidates.map((unitId) => ({
      unitId,
      ...number(`votes-${b.award}-${unitId}`, nameOf(unitId), 0),
    }));
    fieldset.append(present.wrap, cast.wrap, valid.wrap, ...tallies.map((x) => x.wrap));
    out.push(fieldset);
    readers.push(() => ({
      award: b.award,
      membersPresent: present.input.valueAsNumber,
      ballotsCast: cast.input.valueAsNumber,
      ballotsValid: valid.input.valueAsNumber,
      tallies: Object.fromEntries(tallies.map((x) => [x.unitId, x.input.valueAsNumber])),
    }));
  }
  const tieReaders: (() => TieEntry)[] = pending.ties.map((tie, i) => {
    const fieldset = el("fieldset", { "data-tie": String(i) });
    fieldset.append(el("legend", {}, t(w.tieHeading)));
    const order = [...tie.units];
    const list = el("ol", { class: "tie-order" });
    const draw = () =>
      list.replaceChildren(
        ...order.map((unitId, j) => {
          const li = el("li", { "data-unit": unitId }, `${nameOf(unitId)} `);
          if (j > 0) {
            const up = el("button", { type: "button", "aria-label": `${t(w.up)}: ${nameOf(unitId)}` }, "↑");
            up.addEventListener("click", () => {
              [order[j - 1], order[j]] = [order[j]!, order[j - 1]!];
              draw();
            });
            li.append(up);
          }
          return li;
        }),
      );
    draw();
    const reason = el("textarea", { id: `tie-reason-${i}`, rows: "2" });
    fieldset.append(list, el("label", { for: `tie-reason-${i}` }, t(w.tieReason)), reason);
    out.push(fieldset);
    return () => ({ order: [...order], reason: reason.value });
  });
  const button = fluentButton("save-votes", "primary");
  button.textContent = t(w.saveVotes);
  button.addEventListener("click", () =>
    save(
      readers.map((read) => read()),
      tieReaders.map((read) => read()),
    ),
  );
  out.push(button);
  return out;
}

/** A unit picker and the what-if lines ("nếu … thì hạng …") for the unit last asked about. */
function whatIfForm(
  r: LeaderRanking,
  shown: { unitId: string; lines: Localized[] } | undefined,
  t: T,
  ask: (unitId: string) => void,
): Node[] {
  const ranked = r.response.result.units.filter((u) => u.rank !== null && u.rank > 1);
  if (ranked.length === 0) return [];
  const select = el("select", { id: "what-if-unit", "aria-label": t(w.whatIfUnit) });
  select.append(...ranked.map((u) => el("option", { value: u.unitId }, `${u.rank}. ${u.name}`)));
  if (shown) select.value = shown.unitId;
  const button = fluentButton("what-if-show");
  button.textContent = t(w.whatIfButton);
  button.addEventListener("click", () => ask(select.value));
  const row = el("div", { class: "row" });
  row.append(select, button);
  const lines = el("ul", { id: "what-if-lines", class: "lines" });
  lines.append(...(shown?.lines ?? []).map((line) => el("li", {}, t(line))));
  return [el("h3", {}, t(w.whatIf)), row, lines];
}
