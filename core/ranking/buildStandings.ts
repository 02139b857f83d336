import { aggregatePoints } from "../scoring/aggregatePoints";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { CrossAggregation, RankingPolicy } from "../template/rankingPolicySchema";
import type { CrossScore } from "./crossScoresFileSchema";
import type { CriterionStage, UnitStanding } from "./rankingResult";
import type { RankingInputs, SelfScores } from "./rankingInputs";
import { resolveCriterionPoints } from "./resolveCriterionPoints";
import type { Explanation, ReviewAdjustment } from "./reviewsFileSchema";

export type Standings = {
  /** One per member, in the template's member order. */
  standings: UnitStanding[];
  /** Per standing: the criteria whose final points are not the self score. */
  stages: CriterionStage[][];
  /** Per standing: the final criterion points (Fixed per node index). */
  finalPoints: ArrayLike<number>[];
};

/**
 * Every member's standing: self points, replaced per criterion by the review stages or the cross-score aggregate as
 * the policy says, then added up with the scoring engine's `aggregatePoints` (so group, bonus and deduction caps
 * hold); a unit nobody adjusted keeps the aggregate the scoring step computed. A member without self scores is listed with no return; rows for non-members are ignored.
 */
export function buildStandings(
  compiled: CompiledTemplate,
  policy: RankingPolicy,
  table: readonly SelfScores[],
  inputs: RankingInputs,
  aggregation: CrossAggregation = policy.crossScoring?.aggregation ?? "mean",
): Standings {
  const byUnit = new Map(table.map((row) => [row.unitId, row]));
  const adjustments = groupBy(inputs.reviews?.adjustments ?? [], (a: ReviewAdjustment) => a.unitId);
  const explanations = groupBy(inputs.reviews?.explanations ?? [], (e: Explanation) => e.unitId);
  const cross = groupBy(
    policy.finalScore === "cross" ? (inputs.cross?.scores ?? []) : [],
    (s: CrossScore) => s.unitId,
  );
  const empty: number[] = new Array<number>(compiled.nodes.length).fill(0);
  const out: Standings = { standings: [], stages: [], finalPoints: [] };
  for (const member of compiled.template.members) {
    const row = byUnit.get(member.id);
    const self = row?.points ?? empty;
    const selfAgg = row?.aggregated ?? aggregatePoints(compiled, self);
    const adj = adjustments.get(member.id);
    const cs = cross.get(member.id);
    let final: ArrayLike<number> = self;
    let finalAgg = selfAgg;
    let stages: CriterionStage[] = [];
    if (row !== undefined && (adj !== undefined || cs !== undefined)) {
      const resolved = resolveCriterionPoints(
        compiled,
        policy,
        self,
        { adjustments: adj ?? [], explanations: explanations.get(member.id), cross: cs },
        aggregation,
      );
      final = resolved.points;
      stages = resolved.stages;
      finalAgg = aggregatePoints(compiled, final);
    }
    out.standings.push({
      unitId: member.id,
      name: member.name,
      hasReturn: row !== undefined,
      selfTotal: selfAgg.total,
      selfScore: selfAgg.baseScore,
      reviewedScore: finalAgg.baseScore,
      bonus: finalAgg.bonus,
      deductions: finalAgg.deductions,
      total: finalAgg.total,
      nodePoints: finalAgg.nodePoints,
      submittedAt: row?.submittedAt,
      complete: row !== undefined && row.complete !== false,
    });
    out.stages.push(stages);
    out.finalPoints.push(final);
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list === undefined) map.set(k, [item]);
    else list.push(item);
  }
  return map;
}
