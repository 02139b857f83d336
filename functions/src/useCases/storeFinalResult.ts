import type { Principal } from "../../../core/access";
import type { FinalizedSummary } from "../../../core/history";
import { finalizedSummaryOf } from "../../../core/history";
import { StoreConflictError } from "../../../core/ports";
import type { Services } from "../services";
import type { LoadedPeriod } from "./loadPeriod";
import { rankPeriod } from "./rankPeriod";

/**
 * Ranks a finalized period version with its inputs (frozen from the moment the period is finalized, so a second
 * computation gives the same result) and stores everything it was computed from and gave. When another request
 * stored this version's result first, that stored summary is the answer: one result per period version.
 */
export async function storeFinalResult(
  services: Services,
  principal: Principal,
  loaded: LoadedPeriod,
  at: string,
): Promise<FinalizedSummary> {
  const p = loaded.period;
  const { result, used } = await rankPeriod(services, loaded);
  const summary = finalizedSummaryOf(p, result, { at, by: principal.actor });
  try {
    await services.store.results.create({
      summary,
      inputs: used,
      result: JSON.parse(JSON.stringify(result)) as unknown,
    });
    return summary;
  } catch (e) {
    if (!(e instanceof StoreConflictError)) throw e;
    const stored = await services.store.results.get(p.blocId, p.periodId, p.version);
    if (stored === null) throw e;
    return stored.summary;
  }
}
