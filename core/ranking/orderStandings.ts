import { msg } from "../i18n/localized";
import type { TieBreakKey } from "../template/rankingPolicySchema";
import type { TieNote, UnitStanding } from "./rankingResult";
import type { PreparedKey } from "./tieBreakKeys";
import { compareOnKey, formatPoints } from "./tieBreakKeys";
import { fromFixed } from "../decimal/fixed";

/** Vietnamese name order, for display only: it never decides a rank. */
const collator = new Intl.Collator("vi");

export type Ordering = {
  /** Indices into the standings, best first. */
  order: number[];
  /** Competition rank (1, 2, 2, 4) of each position of `order`. */
  ranks: number[];
  ties: TieNote[];
};

/**
 * Orders the given standings (indices) by final total, then by the tie-break chain; units equal on everything share
 * a rank (competition ranking) and are shown in Vietnamese name order. Every pair of adjacent units with equal totals
 * gets the sentence the minutes carry: which rule broke the tie with both values, or that the meeting decides.
 */
export function orderStandings(
  standings: readonly UnitStanding[],
  indices: readonly number[],
  keys: readonly PreparedKey[],
  /** False: no tie sentences (a stability rerun needs only the order). */
  explain = true,
): Ordering {
  // Comparison keys in typed arrays, higher is better (-Infinity: no value): the sort reads numbers, not objects.
  const n = standings.length;
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) totals[i] = standings[i]!.total;
  const columns = keys.map((key) => {
    const column = new Float64Array(n);
    for (const i of indices) {
      const v = key.values[i];
      column[i] = v === undefined ? -Infinity : key.lowerIsBetter ? -v : v;
    }
    return column;
  });
  const rankCompare = (a: number, b: number): number => {
    const ta = totals[a]!;
    const tb = totals[b]!;
    if (ta !== tb) return tb - ta;
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k]!;
      const x = column[a]!;
      const y = column[b]!;
      if (x !== y) return y > x ? 1 : -1;
    }
    return 0;
  };
  const order = [...indices].sort((a, b) => {
    const c = rankCompare(a, b);
    if (c !== 0) return c;
    const sa = standings[a]!;
    const sb = standings[b]!;
    return collator.compare(sa.name, sb.name) || (sa.unitId < sb.unitId ? -1 : sa.unitId > sb.unitId ? 1 : 0);
  });
  const ranks: number[] = [];
  const ties: TieNote[] = [];
  order.forEach((idx, pos) => {
    const prev = order[pos - 1];
    if (prev === undefined) {
      ranks.push(1);
      return;
    }
    ranks.push(rankCompare(prev, idx) === 0 ? ranks[pos - 1]! : pos + 1);
    if (explain && totals[prev] === totals[idx]) ties.push(tieNote(standings, keys, prev, idx));
  });
  return { order, ranks, ties };
}

function tieNote(
  standings: readonly UnitStanding[],
  keys: readonly PreparedKey[],
  a: number,
  b: number,
): TieNote {
  const sa = standings[a]!;
  const sb = standings[b]!;
  for (const key of keys) {
    if (compareOnKey(key, a, b) === 0) continue;
    return {
      above: sa.unitId,
      below: sb.unitId,
      total: fromFixed(sa.total),
      resolvedBy: key.key,
      sentence: msg(
        `${sa.name} xếp trên ${sb.name} do ${key.phrase.vi} (${key.format(a, "vi")} so với ${key.format(b, "vi")})`,
        `${sa.name} ranks above ${sb.name} on ${key.phrase.en} (${key.format(a, "en")} vs ${key.format(b, "en")})`,
      ),
    };
  }
  const total = formatPoints(sa.total, "vi");
  const totalEn = formatPoints(sa.total, "en");
  const rules: TieBreakKey[] = keys.map((k) => k.key);
  const tried = keys.map((k) => k.phrase.vi).join(", ");
  const triedEn = keys.map((k) => k.phrase.en).join(", ");
  return {
    above: sa.unitId,
    below: sb.unitId,
    total: fromFixed(sa.total),
    resolvedBy: null,
    sentence: msg(
      `${sa.name} và ${sb.name} bằng điểm (${total})` +
        (rules.length > 0 ? ` và không phân định được theo tiêu chí phụ (${tried})` : "") +
        "; Hội nghị Khối quyết định thứ tự",
      `${sa.name} and ${sb.name} are tied at ${totalEn}` +
        (rules.length > 0 ? ` and not separated by the tie-break rules (${triedEn})` : "") +
        "; the meeting decides the order",
    ),
  };
}
