import type { FinalizedSummary } from "../../../core/history";
import { blocHistory } from "../../../core/history";
import type { RankingInputs } from "../../../core/ranking";

type HistoryFile = NonNullable<RankingInputs["history"]>;
import type { Services } from "../services";

/**
 * The bloc's history for ranking `year`, read from storage: what the board imported plus every finalized year
 * before it (core's blocHistory decides what counts).
 */
export async function historyOfBloc(
  services: Services,
  blocId: string,
  year: number,
): Promise<{ history: HistoryFile; summaries: FinalizedSummary[] }> {
  const [bloc, summaries] = await Promise.all([
    services.store.blocs.get(blocId),
    services.store.results.summaries(blocId),
  ]);
  return { history: blocHistory(bloc?.importedHistory, summaries, year), summaries };
}
