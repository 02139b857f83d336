import type { Localized } from "../../../core/i18n";
import type { RankingResult, WhatIf } from "../../../core/ranking";
import type { CompiledTemplate } from "../../../core/template";
import { leaderWords as w, whatIfLine } from "./leaderWords";

/** Core's what-if for one unit in words, the three smallest changes first ("nếu … thì hạng …"). */
export function whatIfWords(
  whatIf: WhatIf | undefined,
  unitId: string,
  result: RankingResult,
  compiled: CompiledTemplate,
): Localized[] {
  const nameOf = (id: string) => result.units.find((u) => u.unitId === id)?.name ?? id;
  const target = whatIf?.target;
  // The rank to reach is the server's rank of the unit to overtake.
  const rank = result.units.find((u) => u.unitId === target?.unitId)?.rank;
  if (!whatIf || !target || rank === null || rank === undefined)
    return [w.whatIfNone(nameOf(unitId), whatIf?.rank ?? null)];
  if (whatIf.changes.length === 0) return [w.whatIfNoSingle(nameOf(unitId), nameOf(target.unitId))];
  return whatIf.changes
    .slice(0, 3)
    .map((c) => whatIfLine(c, compiled.byCode.get(c.code)?.title ?? c.code, rank, nameOf(target.unitId)));
}
