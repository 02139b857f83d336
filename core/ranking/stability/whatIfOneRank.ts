import type { Fixed } from "../../decimal/fixed";
import { fromFixed } from "../../decimal/fixed";
import { criterionKind } from "../../criteria/registry";
import { aggregatePoints } from "../../scoring/aggregatePoints";
import type { CompiledNode, CompiledTemplate } from "../../template/compileTemplate";
import { buildStandings } from "../buildStandings";
import type { RankingInputs, SelfScores } from "../rankingInputs";
import { rankingPolicyOf, rankScoreTable } from "../rankScoreTable";

/** One single-criterion change that would lift a unit above the unit ranked directly above it. */
export type WhatIfChange = { code: string; from: number; to: number; change: number };

export type WhatIf = {
  unitId: string;
  rank: number | null;
  /** The unit to overtake and its total; null for the top unit or an unranked one. */
  target: { unitId: string; total: number } | null;
  /** Smallest changes first; criteria that cannot close the gap alone are left out. */
  changes: WhatIfChange[];
};

/**
 * What-if for one unit: for each criterion or bonus/deduction item alone, the smallest change of its final points
 * that its rule can actually give (a ladder's next levels, whole items or violations, a manual step, else the
 * template's rounding step; within [0, max], caps applied by the scoring engine) and that gives the unit a total
 * strictly above the unit ranked directly above it, so no tie-break is needed. Award-history items are not typed.
 */
export function whatIfOneRank(
  compiled: CompiledTemplate,
  table: readonly SelfScores[],
  inputs: RankingInputs,
  unitId: string,
): WhatIf {
  const ranked = rankScoreTable(compiled, table, inputs);
  const pos = ranked.units.findIndex((u) => u.unitId === unitId);
  const me = ranked.units[pos];
  if (me === undefined || me.rank === null || me.rank === 1)
    return { unitId, rank: me?.rank ?? null, target: null, changes: [] };
  const above = [...ranked.units.slice(0, pos)].reverse().find((u) => u.rank !== null && u.rank < me.rank!)!;
  const built = buildStandings(compiled, rankingPolicyOf(compiled), table, inputs);
  const idx = built.standings.findIndex((s) => s.unitId === unitId);
  const target: Fixed = built.standings.find((s) => s.unitId === above.unitId)!.total;
  const base = Float64Array.from(built.finalPoints[idx]!);
  const unit = 10 ** (4 - compiled.template.rounding.decimals);
  const totalWith = (index: number, value: number) => {
    const saved = base[index]!;
    base[index] = value;
    const t = aggregatePoints(compiled, base).total;
    base[index] = saved;
    return t;
  };
  const changes: WhatIfChange[] = [];
  for (const node of compiled.scorable) {
    const current = base[node.index]!;
    const values = reachableValues(node, current, unit);
    if (values.length === 0 || totalWith(node.index, values[values.length - 1]!) <= target) continue;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (totalWith(node.index, values[mid]!) > target) hi = mid;
      else lo = mid + 1;
    }
    const to = values[lo]!;
    changes.push({
      code: node.code,
      from: fromFixed(current),
      to: fromFixed(to),
      change: fromFixed(Math.abs(to - current)),
    });
  }
  changes.sort((a, b) => a.change - b.change);
  return { unitId, rank: me.rank, target: { unitId: above.unitId, total: above.total }, changes };
}

/** The points a node can move to from `current`, nearest first, in the direction that raises the total (its kind's steps). */
export function reachableValues(node: CompiledNode, current: Fixed, unit: number): Fixed[] {
  const rule = node.rule;
  if (rule === undefined) return [];
  return criterionKind(rule).whatIfSteps?.(node, rule, current, unit) ?? [];
}
