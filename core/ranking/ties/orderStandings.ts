import { msg } from "../../i18n/localized";
import type { Localized } from "../../i18n/localized";
import type { TieBreakKey } from "../../template/rankingPolicySchema";
import type { RankingProblem } from "../rankingProblem";
import type { TieNote, UnitStanding } from "../rankingResult";
import type { PreparedKey } from "./prepareTieBreakKeys";
import { decisionSentence, tieSentence } from "./tieSentences";
import { fromFixed } from "../../decimal/fixed";
import type { TieDecision } from "../votesFileSchema";

/** Vietnamese name order, for display only: it never decides a rank. */
const collator = new Intl.Collator("vi");

export type Ordering = {
  /** Indices into the standings, best first. */
  order: number[];
  /** Competition rank (1, 2, 2, 4) of each position of `order`. */
  ranks: number[];
  ties: TieNote[];
  /** The meeting's tie decisions that were not applied, and why (only when explaining and decisions were given). */
  decisionProblems?: RankingProblem[];
};

/** The meeting's decisions on ties (the votes file's `tieDecisions`) and the standing index by unit id. */
export type MeetingDecisions = {
  decisions: readonly TieDecision[];
  indexOf: ReadonlyMap<string, number>;
};

const MEETING: TieBreakKey = { key: "meeting" };

/**
 * Orders the given standings (indices) by final total, then by the tie-break chain; units equal on everything share
 * a rank (competition ranking) and are shown in Vietnamese name order. Every pair of adjacent units with equal totals
 * gets the sentence the minutes carry: which rule broke the tie with both values, or that the meeting decides.
 *
 * With `explain` false (a stability rerun needs only the ranks and proposals) there are no ties. `byTotal`, an
 * ordering of the same standings and indices under another chain, saves the sort by total: only the runs of equal
 * totals are sorted again (the order is the same as from scratch).
 */
export function orderStandings(
  standings: readonly UnitStanding[],
  indices: readonly number[],
  keys: readonly PreparedKey[],
  explain = true,
  byTotal?: Ordering,
  /** The standings' totals by index, when the caller has them. */
  totals: Float64Array = Float64Array.from(standings, (s) => s.total),
  /**
   * The meeting's decisions: each one that lists exactly a group of adjacent units tied on the total and the whole
   * chain orders that group and gives it distinct ranks; any other is not applied (a problem when explaining).
   */
  meeting?: MeetingDecisions,
): Ordering {
  // Comparison keys in typed arrays, higher is better (-Infinity: no value): the sort reads numbers, not objects.
  const n = standings.length;
  const columns = keys.map((key) => {
    const column = new Float64Array(n);
    const values = key.values;
    const sign = key.lowerIsBetter ? -1 : 1;
    for (let j = 0; j < indices.length; j++) {
      const i = indices[j]!;
      const v = values[i];
      column[i] = v === undefined ? -Infinity : sign * v;
    }
    return column;
  });
  /** 0 when the chain does not separate a and b; otherwise negative when a ranks above. */
  const chainCompare = (a: number, b: number): number => {
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k]!;
      const x = column[a]!;
      const y = column[b]!;
      if (x !== y) return y > x ? 1 : -1;
    }
    return 0;
  };
  const nameCompare = (a: number, b: number): number => {
    const sa = standings[a]!;
    const sb = standings[b]!;
    return collator.compare(sa.name, sb.name) || (sa.unitId < sb.unitId ? -1 : sa.unitId > sb.unitId ? 1 : 0);
  };
  const withinTotal = (a: number, b: number) => chainCompare(a, b) || nameCompare(a, b);

  const order = byTotal === undefined ? sortByTotal(totals, indices) : byTotal.order.slice();
  // Runs of equal totals, each sorted by the chain (small: a sort of the whole list would compare totals again).
  for (let i = 0; i < order.length;) {
    const t = totals[order[i]!]!;
    let j = i + 1;
    while (j < order.length && totals[order[j]!] === t) j++;
    if (j - i > 1) sortRun(order, i, j, withinTotal);
    i = j;
  }

  // Only with decisions: which decision (index + 1) ordered the pair at each position, 0 for none.
  const applied =
    meeting !== undefined && meeting.decisions.length > 0
      ? applyDecisions(order, totals, columns, standings, meeting, explain)
      : undefined;
  const decided = applied?.decided;

  const ranks = new Array<number>(order.length);
  const ties: TieNote[] = [];
  // One writer for every tie of this ordering: the tie at position `pos` is between order[pos - 1] and order[pos].
  const tieWords = (pos: number): Localized => tieSentence(standings, keys, order[pos - 1]!, order[pos]!);
  const decisionWords = (pos: number): Localized =>
    decisionSentence(standings, order[pos - 1]!, order[pos]!, meeting!.decisions[decided![pos]! - 1]!);
  for (let pos = 0; pos < order.length; pos++) {
    const idx = order[pos]!;
    if (pos === 0) {
      ranks[0] = 1;
      continue;
    }
    const prev = order[pos - 1]!;
    const sameTotal = totals[prev] === totals[idx];
    const by = sameTotal ? separatingKey(columns, prev, idx) : -1;
    const byMeeting = decided !== undefined && decided[pos]! > 0;
    ranks[pos] = sameTotal && by < 0 && !byMeeting ? ranks[pos - 1]! : pos + 1;
    if (explain && sameTotal) {
      if (byMeeting) {
        const index = decided[pos]! - 1;
        const d = meeting!.decisions[index]!;
        ties.push({
          above: standings[prev]!.unitId,
          below: standings[idx]!.unitId,
          total: fromFixed(totals[prev]!),
          resolvedBy: MEETING,
          decision:
            d.decidedAt === undefined
              ? { index, reason: d.reason }
              : { index, reason: d.reason, decidedAt: d.decidedAt },
          sentence: decisionWords(pos),
        });
        continue;
      }
      ties.push({
        above: standings[prev]!.unitId,
        below: standings[idx]!.unitId,
        total: fromFixed(totals[prev]!),
        resolvedBy: by < 0 ? null : keys[by]!.key,
        sentence: tieWords(pos),
      });
    }
  }
  return applied?.problems === undefined
    ? { order, ranks, ties }
    : { order, ranks, ties, decisionProblems: applied.problems };
}

/**
 * Applies the meeting's decisions to `order` (sorted, ties in name order): a decision listing exactly the units of
 * one group of adjacent units equal on the total and every key reorders that group as listed. Returns, per
 * position, the decision (index + 1) that ordered the pair ending there, and with `explain` why any other decision
 * was not applied (path `tieDecisions[i]` of the votes file). Work is per decision, plus one pass over `order`.
 */
function applyDecisions(
  order: number[],
  totals: Float64Array,
  columns: readonly Float64Array[],
  standings: readonly UnitStanding[],
  meeting: MeetingDecisions,
  explain: boolean,
): { decided: Int32Array; problems: RankingProblem[] | undefined } {
  const { decisions, indexOf } = meeting;
  const decided = new Int32Array(order.length);
  const problems: RankingProblem[] | undefined = explain ? [] : undefined;
  const problem = (i: number, vi: string, en: string) =>
    problems?.push({
      source: "votes",
      path: `tieDecisions[${i}]`,
      message: msg(
        `Quyết định của Hội nghị không được áp dụng: ${vi}.`,
        `The meeting's decision is not applied: ${en}.`,
      ),
    });
  // Positions of the units the decisions name (one pass over the order).
  const named = new Map<number, number>();
  for (const d of decisions) {
    for (const id of d.order) {
      const i = indexOf.get(id);
      if (i !== undefined) named.set(i, -1);
    }
  }
  for (let pos = 0; pos < order.length; pos++) if (named.has(order[pos]!)) named.set(order[pos]!, pos);
  const tiedAt = (pos: number) =>
    totals[order[pos - 1]!] === totals[order[pos]!] &&
    separatingKey(columns, order[pos - 1]!, order[pos]!) < 0;
  const name = (i: number) => standings[i]!.name;

  decisions.forEach((d, i) => {
    const idx: number[] = [];
    for (const id of d.order) {
      const s = indexOf.get(id);
      if (s === undefined) {
        problem(i, `"${id}" không phải đơn vị thành viên của Khối`, `"${id}" is not a member of the bloc`);
        return;
      }
      if (named.get(s)! < 0) {
        problem(i, `${name(s)} không được xếp hạng`, `${name(s)} is not ranked`);
        return;
      }
      idx.push(s);
    }
    if (new Set(idx).size !== idx.length) {
      problem(i, "một đơn vị được nêu hai lần", "a unit is listed twice");
      return;
    }
    const first = named.get(idx[0]!)!;
    let start = first;
    while (start > 0 && tiedAt(start)) start--;
    let end = first + 1;
    while (end < order.length && tiedAt(end)) end++;
    const outside = idx.filter((s) => {
      const p = named.get(s)!;
      return p < start || p >= end;
    });
    if (end - start === 1 || outside.length > 0) {
      problem(
        i,
        "các đơn vị này không bằng nhau đến hết các tiêu chí phụ (không có thứ tự nào để Hội nghị quyết định giữa họ)",
        "these units are not tied through the whole tie-break chain (there is no order for the meeting to decide between them)",
      );
      return;
    }
    if (end - start !== idx.length) {
      const group = order.slice(start, end).map(name).join(", ");
      problem(
        i,
        `nhóm bằng điểm gồm ${end - start} đơn vị (${group}); quyết định phải nêu thứ tự của cả nhóm`,
        `the tie is among ${end - start} units (${group}); the decision must order the whole group`,
      );
      return;
    }
    for (let p = start + 1; p < end; p++) {
      if (decided[p] !== 0) {
        problem(
          i,
          `nhóm này đã được quyết định tại tieDecisions[${decided[p]! - 1}]`,
          `this group is already decided by tieDecisions[${decided[p]! - 1}]`,
        );
        return;
      }
    }
    for (let k = 0; k < idx.length; k++) {
      order[start + k] = idx[k]!;
      named.set(idx[k]!, start + k);
      if (k > 0) decided[start + k] = i + 1;
    }
  });
  return { decided, problems };
}

/** The first key whose values differ for a and b (-1: none). */
function separatingKey(columns: readonly Float64Array[], a: number, b: number): number {
  for (let k = 0; k < columns.length; k++) if (columns[k]![a] !== columns[k]![b]) return k;
  return -1;
}

// Totals are integers (Fixed): sorted as one number each, (highest − total) · 2^21 + index, by the typed array's
// numeric sort, which needs no comparator calls. Any other case (a fraction, a span beyond 2^32, 2^21 units or more)
// falls back to a comparator.
const INDEX_SPACE = 2 ** 21;
const MAX_SPAN = 2 ** 32;

/** The indices by total, highest first (equal totals in no particular order: the caller sorts those runs). */
function sortByTotal(totals: Float64Array, indices: readonly number[]): number[] {
  const count = indices.length;
  let highest = -Infinity;
  let lowest = Infinity;
  let integral = true;
  for (let j = 0; j < count; j++) {
    const t = totals[indices[j]!]!;
    if (t > highest) highest = t;
    if (t < lowest) lowest = t;
    if (!Number.isInteger(t)) integral = false;
  }
  if (!integral || highest - lowest >= MAX_SPAN || totals.length >= INDEX_SPACE) {
    return [...indices].sort((a, b) => totals[b]! - totals[a]!);
  }
  const packed = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    const i = indices[j]!;
    packed[j] = (highest - totals[i]!) * INDEX_SPACE + i;
  }
  packed.sort();
  const order = new Array<number>(count);
  for (let j = 0; j < count; j++) {
    const key = packed[j]!;
    order[j] = key - Math.floor(key / INDEX_SPACE) * INDEX_SPACE;
  }
  return order;
}

/** Sorts order[from..to) in place (insertion sort for the short runs ties make; the built-in sort otherwise). */
function sortRun(order: number[], from: number, to: number, compare: (a: number, b: number) => number): void {
  if (to - from > 16) {
    const run = order.slice(from, to).sort(compare);
    for (let k = 0; k < run.length; k++) order[from + k] = run[k]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = order[i]!;
    let j = i - 1;
    while (j >= from && compare(order[j]!, x) > 0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = x;
  }
}
