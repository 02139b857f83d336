import type { CouncilDecision, FinalizedSummary } from "../../../core/history";
import { blocHistory } from "../../../core/history";
import type { RankingInputs } from "../../../core/ranking";
import type { Services } from "../services";

type HistoryFile = NonNullable<RankingInputs["history"]>;

/**
 * The bloc's history for ranking `year`, read from storage: what the board imported, every finalized year before
 * it and the council's decisions on their awards (core's blocHistory decides what counts).
 */
export async function historyOfBloc(
  services: Services,
  blocId: string,
  year: number,
): Promise<{ history: HistoryFile; summaries: FinalizedSummary[]; decisions: CouncilDecision[] }> {
  const [bloc, summaries, decisions] = await Promise.all([
    services.store.blocs.get(blocId),
    services.store.results.summaries(blocId),
    services.store.decisions.list(blocId),
  ]);
  return { history: blocHistory(bloc?.importedHistory, summaries, year, decisions), summaries, decisions };
}
