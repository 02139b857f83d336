import type { Localized } from "../../../core/i18n";
import { el, fluentButton } from "../dom";
import type { LeaderRanking } from "./leaderState";
import type { BallotEntry, TieEntry } from "./leaderVotes";
import { leaderWords as w } from "./leaderWords";

type T = (m: Localized) => string;

/** The ballots and tie decisions the ranking waits for; nothing when it waits for none. */
export function ballotForm(
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
