import type { Lang, Localized } from "../../../core/i18n";
import type { Period } from "../../../core/periods";
import { periodAccepts, periodMoves } from "../../../core/periods";
import { actionStateView } from "../actionStateView";
import { el, fluentButton, replaceIfChanged } from "../dom";
import type { Leader } from "./createLeader";
import { ballotForm } from "./leaderBallotForm";
import { rankingLines, whatIfForm } from "./leaderRankingView";
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
  const { status, failure, notice, ...actionState } = actionStateView("leader", () => void leader().retry());
  const consolidate = fluentButton("consolidate", "primary");
  const saveReviews = fluentButton("save-reviews");
  const moveClose = fluentButton("move-close");
  const moveReview = fluentButton("move-start-review");
  const rank = fluentButton("rank", "primary");
  const actions = el("div", { class: "row leader-actions" });
  actions.append(consolidate, saveReviews, moveClose, moveReview, rank);
  const reviewHint = el("p", { id: "review-hint", class: "hint" });
  const problems = el("ul", { id: "review-problems", class: "problems" });
  const ballots = el("section", { id: "ballots" });
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
    actionState.render(s, t);
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
