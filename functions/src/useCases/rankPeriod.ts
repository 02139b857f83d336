import { rankBloc } from "../../../core/bloc";
import { rankingInputsOf } from "../../../core/periods";
import type { RankingInputs, RankingResult } from "../../../core/ranking";
import type { UnitReturn } from "../../../core/returns";
import type { Services } from "../services";
import { historyOfBloc } from "./historyOfBloc";
import type { LoadedPeriod } from "./loadPeriod";

/** Everything a ranking was computed from. */
export type PeriodRankingInputs = { returns: UnitReturn[]; inputs: RankingInputs };

/**
 * Ranks a period with its current inputs from storage — every current return, reviews, explanations, cross-scores,
 * flags, votes and the bloc's history — through core's rankBloc. The one place the functions rank.
 */
export async function rankPeriod(
  services: Services,
  loaded: LoadedPeriod,
): Promise<{ result: RankingResult; used: PeriodRankingInputs }> {
  const { period, compiled } = loaded;
  const [current, stored, { history }] = await Promise.all([
    services.store.returns.allCurrent(period.periodId),
    services.store.inputs.list(period.periodId),
    historyOfBloc(services, period.blocId, period.year),
  ]);
  const returns = current.map((r) => r.body);
  const inputs: RankingInputs = { ...rankingInputsOf(stored), history };
  const ranked = rankBloc(
    compiled,
    returns.map((r) => ({ source: r.unitId, return: r })),
    inputs,
  );
  return { result: ranked.result, used: { returns, inputs } };
}
