import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { RankingPolicy } from "../template/rankingPolicySchema";
import { DEFAULT_RANKING_POLICY } from "../template/rankingPolicySchema";
import { buildStandings } from "./buildStandings";
import type { RankingInputs, SelfScores } from "./rankingInputs";
import type { RankingProblem } from "./rankingProblem";
import type { RankingOutcome, RankStability, RotationSuggestion } from "./rankingResult";
import type { RankingContext } from "./rankScores";
import { decideRanking, gateStandings, rankScoresWithOrdering } from "./rankScores";
import { rankStability } from "./stability/rankStability";
import { suggestRotation } from "./rotation/suggestRotation";
import { describeTieBreakKey } from "./ties/describeTieBreakKey";

const AGGREGATION_NAMES = {
  mean: msg("trung bình", "the mean"),
  median: msg("trung vị", "the median"),
  trimmedMean: msg("trung bình bỏ cao nhất, thấp nhất", "the mean without highest and lowest"),
};

export type RankedTable = RankingOutcome & {
  stability: RankStability;
  rotation: RotationSuggestion | null;
  /** The meeting's tie decisions (votes file) that were not applied, and why. */
  decisionProblems: RankingProblem[];
};

/** The template's ranking policy, or the default one (reviewed scores, ties to the meeting, no awards). */
export function rankingPolicyOf(compiled: CompiledTemplate): RankingPolicy {
  return compiled.template.ranking ?? DEFAULT_RANKING_POLICY;
}

/**
 * The ranking step on already computed self points (no return parsing or scoring): review and cross-score stages,
 * caps via the scoring engine, order, ties, bands, eligibility, proposals, stability under the policy's
 * alternatives and the rotation suggestion.
 */
export function rankScoreTable(
  compiled: CompiledTemplate,
  table: readonly SelfScores[],
  inputs: RankingInputs,
): RankedTable {
  const policy = rankingPolicyOf(compiled);
  const ctx: RankingContext = {
    compiled,
    policy,
    votes: inputs.votes,
    history: inputs.history,
    eligibility: inputs.eligibility,
  };
  const built = buildStandings(compiled, policy, table, inputs);
  const gates = gateStandings(ctx, built.standings);
  const { outcome, ordering } = rankScoresWithOrdering(
    ctx,
    built.standings,
    policy.tieBreak,
    gates,
    built.stages,
  );

  const alternatives = policy.stability.tieBreakAlternatives.map((chain) => ({
    label: msg(
      `Nếu xét bằng điểm theo: ${chain.map((k) => describeTieBreakKey(k, compiled).vi).join(" → ")}`,
      `With the tie-break chain: ${chain.map((k) => describeTieBreakKey(k, compiled).en).join(" → ")}`,
    ),
    decision: decideRanking(ctx, built.standings, chain, gates),
  }));
  const current = policy.crossScoring?.aggregation ?? "mean";
  if (policy.finalScore === "cross" && inputs.cross !== undefined) {
    for (const aggregation of policy.stability.aggregationAlternatives) {
      if (aggregation === current) continue;
      const alt = buildStandings(compiled, policy, table, inputs, aggregation);
      alternatives.push({
        label: msg(
          `Nếu tổng hợp chấm chéo bằng ${AGGREGATION_NAMES[aggregation].vi}`,
          `With cross-scores combined by ${AGGREGATION_NAMES[aggregation].en}`,
        ),
        decision: decideRanking(ctx, alt.standings, policy.tieBreak),
      });
    }
  }
  return {
    ...outcome,
    stability: rankStability(policy, outcome, alternatives),
    rotation: suggestRotation(compiled, policy, outcome, inputs.history, inputs.votes),
    decisionProblems: ordering.decisionProblems ?? [],
  };
}
