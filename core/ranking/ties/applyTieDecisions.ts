import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { RankingProblem } from "../rankingProblem";
import type { UnitStanding } from "../rankingResult";
import type { TieDecision } from "../votesFileSchema";
import type { MeetingDecisions } from "./orderStandings";

/**
 * Applies the meeting's decisions to `order` (sorted, ties in name order): a decision listing exactly the units of
 * one group of adjacent units equal on the total and every key reorders that group as listed. Returns, per
 * position, the decision (its index) that ordered the pair ending there, and with `explain` why any other decision
 * was not applied (path `tieDecisions[i]` of the votes file).
 */
export function applyTieDecisions(
  order: number[],
  /** True when the units at pos − 1 and pos are equal on the total and every key. */
  tiedAt: (pos: number) => boolean,
  standings: readonly UnitStanding[],
  meeting: MeetingDecisions,
  explain: boolean,
): { decidedBy: (number | undefined)[]; problems: RankingProblem[] | undefined } {
  const decidedBy = new Array<number | undefined>(order.length).fill(undefined);
  const problems: RankingProblem[] | undefined = explain ? [] : undefined;
  meeting.decisions.forEach((decision, i) => {
    const group = decidedGroup(decision, order, tiedAt, standings, meeting.indexOf);
    const earlier =
      "start" in group
        ? decidedBy.slice(group.start + 1, group.start + group.units.length).find((d) => d !== undefined)
        : undefined;
    const why: Localized | undefined =
      "start" in group
        ? earlier === undefined
          ? undefined
          : msg(
              `nhóm này đã được quyết định tại tieDecisions[${earlier}]`,
              `this group is already decided by tieDecisions[${earlier}]`,
            )
        : group;
    if (why !== undefined) {
      problems?.push({
        source: "votes",
        path: `tieDecisions[${i}]`,
        message: msg(
          `Quyết định của Hội nghị không được áp dụng: ${why.vi}.`,
          `The meeting's decision is not applied: ${why.en}.`,
        ),
      });
      return;
    }
    if (!("start" in group)) return;
    group.units.forEach((unit, k) => {
      order[group.start + k] = unit;
      if (k > 0) decidedBy[group.start + k] = i;
    });
  });
  return { decidedBy, problems };
}

/**
 * The group of tied units a decision orders — where it starts in `order` and its units in the decided order — or
 * why the decision cannot order one: a unit that is not a member or not ranked, a unit listed twice, units not tied
 * through the whole chain, or only part of a tied group.
 */
function decidedGroup(
  decision: TieDecision,
  order: readonly number[],
  tiedAt: (pos: number) => boolean,
  standings: readonly UnitStanding[],
  indexOf: ReadonlyMap<string, number>,
): { start: number; units: number[] } | Localized {
  const name = (i: number) => standings[i]!.name;
  const units: number[] = [];
  for (const id of decision.order) {
    const s = indexOf.get(id);
    if (s === undefined)
      return msg(`"${id}" không phải đơn vị thành viên của Khối`, `"${id}" is not a member of the bloc`);
    if (!order.includes(s)) return msg(`${name(s)} không được xếp hạng`, `${name(s)} is not ranked`);
    units.push(s);
  }
  if (new Set(units).size !== units.length)
    return msg("một đơn vị được nêu hai lần", "a unit is listed twice");
  const first = order.indexOf(units[0]!);
  let start = first;
  while (start > 0 && tiedAt(start)) start--;
  let end = first + 1;
  while (end < order.length && tiedAt(end)) end++;
  const outside = units.some((s) => order.indexOf(s) < start || order.indexOf(s) >= end);
  if (end - start === 1 || outside)
    return msg(
      "các đơn vị này không bằng nhau đến hết các tiêu chí phụ (không có thứ tự nào để Hội nghị quyết định giữa họ)",
      "these units are not tied through the whole tie-break chain (there is no order for the meeting to decide between them)",
    );
  if (end - start !== units.length) {
    const group = order.slice(start, end).map(name).join(", ");
    return msg(
      `nhóm bằng điểm gồm ${end - start} đơn vị (${group}); quyết định phải nêu thứ tự của cả nhóm`,
      `the tie is among ${end - start} units (${group}); the decision must order the whole group`,
    );
  }
  return { start, units };
}
