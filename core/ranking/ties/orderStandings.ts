import type { TieBreakKey } from "../../template/rankingPolicySchema";
import type { RankingProblem } from "../rankingProblem";
import { applyTieDecisions } from "./applyTieDecisions";
import type { TieNote, UnitStanding } from "../rankingResult";
import type { PreparedKey } from "./prepareTieBreakKeys";
import { compareOnKey } from "./prepareTieBreakKeys";
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
 * With `explain` false (a stability rerun needs only the ranks and proposals) there are no ties.
 */
export function orderStandings(
  standings: readonly UnitStanding[],
  indices: readonly number[],
  keys: readonly PreparedKey[],
  /** The table's decimal places, for the points a tie sentence writes. */
  decimals: number,
  explain = true,
  /**
   * The meeting's decisions: each one that lists exactly a group of adjacent units tied on the total and the whole
   * chain orders that group and gives it distinct ranks; any other is not applied (a problem when explaining).
   */
  meeting?: MeetingDecisions,
): Ordering {
  const total = (i: number) => standings[i]!.total;
  // The one comparator chain: total (highest first), the tie-break keys in order, then the name for display.
  const order = [...indices].sort(
    (a, b) => total(b) - total(a) || compareOnChain(keys, a, b) || nameOrder(standings[a]!, standings[b]!),
  );
  const tiedAt = (pos: number) =>
    total(order[pos - 1]!) === total(order[pos]!) && separatingKey(keys, order[pos - 1]!, order[pos]!) < 0;

  // Only with decisions: which decision ordered the pair ending at each position (undefined: none).
  const applied =
    meeting !== undefined && meeting.decisions.length > 0
      ? applyTieDecisions(order, tiedAt, standings, meeting, explain)
      : undefined;

  const ranks: number[] = [];
  const ties: TieNote[] = [];
  order.forEach((idx, pos) => {
    const prev = order[pos - 1];
    if (prev === undefined) {
      ranks.push(1);
      return;
    }
    const sameTotal = total(prev) === total(idx);
    const by = sameTotal ? separatingKey(keys, prev, idx) : -1;
    const decision = applied?.decidedBy[pos];
    ranks.push(sameTotal && by < 0 && decision === undefined ? ranks[pos - 1]! : pos + 1);
    if (!explain || !sameTotal) return;
    const pair = {
      above: standings[prev]!.unitId,
      below: standings[idx]!.unitId,
      total: fromFixed(total(prev)),
    };
    if (decision !== undefined) {
      const d = meeting!.decisions[decision]!;
      ties.push({
        ...pair,
        resolvedBy: MEETING,
        decision:
          d.decidedAt === undefined
            ? { index: decision, reason: d.reason }
            : { index: decision, reason: d.reason, decidedAt: d.decidedAt },
        sentence: decisionSentence(standings, prev, idx, d),
      });
    } else {
      ties.push({
        ...pair,
        resolvedBy: by < 0 ? null : keys[by]!.key,
        sentence: tieSentence(standings, keys, prev, idx, decimals),
      });
    }
  });
  return applied?.problems === undefined
    ? { order, ranks, ties }
    : { order, ranks, ties, decisionProblems: applied.problems };
}

/** Vietnamese name order, then the unit id: a total order for display that never decides a rank. */
function nameOrder(a: UnitStanding, b: UnitStanding): number {
  return collator.compare(a.name, b.name) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
}

/** The first key of the chain that separates a and b decides (negative: a above); 0 when none does. */
function compareOnChain(keys: readonly PreparedKey[], a: number, b: number): number {
  for (const key of keys) {
    const c = compareOnKey(key, a, b);
    if (c !== 0) return c;
  }
  return 0;
}

/** The position in the chain of the first key that separates a and b (-1: none). */
function separatingKey(keys: readonly PreparedKey[], a: number, b: number): number {
  return keys.findIndex((key) => compareOnKey(key, a, b) !== 0);
}
