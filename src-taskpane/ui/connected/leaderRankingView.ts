import type { Lang, Localized } from "../../../core/i18n";
import { formatNumber } from "../../../core/i18n";
import { el, fluentButton } from "../dom";
import type { LeaderRanking, LeaderWhatIf } from "./leaderState";
import { leaderWords as w } from "./leaderWords";

type T = (m: Localized) => string;

/** The ranking as the server answered it: ranks, totals, ties, stability, proposals and unused quotas. */
export function rankingLines(r: LeaderRanking, t: T, lang: Lang): Node[] {
  const { result } = r.response;
  const points = (v: number) => formatNumber(v, lang, r.decimals, r.decimals);
  const num = (v: number) => formatNumber(v, lang);
  const nameOf = (id: string) => result.units.find((u) => u.unitId === id)?.name ?? id;
  const list = el("ol", { class: "ranked" });
  list.append(
    ...result.units.map((u) =>
      el(
        "li",
        { "data-unit": u.unitId, "data-rank": String(u.rank ?? "") },
        `${u.rank ?? "—"}. ${u.name} — ${u.hasReturn ? points(u.total) : "—"}${u.band ? ` · ${t(u.band.name)}` : ""}`,
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

/** A unit picker and the what-if lines ("nếu … thì hạng …") for the unit last asked about. */
export function whatIfForm(
  r: LeaderRanking,
  shown: LeaderWhatIf | undefined,
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
