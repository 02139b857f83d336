import { fromFixed, toFixed } from "../../decimal/fixed";
import type { Localized } from "../../i18n/localized";
import type { RankingPolicy } from "../../template/rankingPolicySchema";
import type { RankDecision } from "../rankScores";
import type {
  CloseCall,
  RankedUnit,
  RankingOutcome,
  RankMove,
  RankStability,
  StabilityAlternative,
} from "../rankingResult";

/**
 * Compares the result with the same bloc ranked under each alternative the policy allows (another tie-break chain,
 * another cross-score aggregation): who would move and which proposals would change; plus the close calls,
 * adjacent ranked units whose totals differ by less than the policy's gap (ties included).
 */
export function rankStability(
  policy: RankingPolicy,
  base: RankingOutcome,
  alternatives: readonly { label: Localized; decision: RankDecision }[],
): RankStability {
  const compared: StabilityAlternative[] = alternatives.map(({ label, decision }) => {
    const moves: RankMove[] = [];
    for (const u of base.units) {
      const i = decision.indexOf.get(u.unitId);
      const rank = i === undefined || decision.rankOf[i] === 0 ? null : decision.rankOf[i]!;
      if (rank !== u.rank) moves.push({ unitId: u.unitId, rank: u.rank, alternativeRank: rank });
    }
    const proposalChanges = base.proposals
      .filter((p) => {
        const q = decision.proposals.find((x) => x.award === p.award);
        return q === undefined || !sameUnits(p.proposed, q.proposed);
      })
      .map((p) => p.award);
    return { label, moves, proposalChanges };
  });
  const gap = toFixed(policy.stability.closeCallGap);
  const closeCalls: CloseCall[] = [];
  let above: RankedUnit | undefined;
  for (const below of base.units) {
    if (below.rank === null) continue;
    if (above !== undefined) {
      const d = toFixed(above.total) - toFixed(below.total);
      if (d < gap) closeCalls.push({ above: above.unitId, below: below.unitId, gap: fromFixed(d) });
    }
    above = below;
  }
  return {
    alternatives: compared,
    closeCalls,
    robust: compared.every((a) => a.moves.length === 0 && a.proposalChanges.length === 0),
  };
}

/** The same units in any order (a unit is proposed at most once per award). */
function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
