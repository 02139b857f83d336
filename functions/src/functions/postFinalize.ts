import { app } from "@azure/functions";
import { checkPeriodEtag, periodEtag, transitionPeriod } from "../../../core/periods";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";
import { savePeriod } from "../useCases/savePeriod";
import { storeFinalResult } from "../useCases/storeFinalResult";

/**
 * `POST /api/periods/{periodId}/finalize` (leader, deputy): freezes the period version, then stores every input,
 * the output and the input hash; next year's history reads them.
 *
 * The period's move (guarded by its ETag) is the point of decision: a request that loses a race (412) or is refused
 * stores nothing. Storing the result comes after; if that write is lost (a crash, a storage error), finalizing again
 * finds the period finalized without its result and stores it — the inputs are frozen, so it is the same result.
 * A finalized period whose result is stored is refused (409) as before.
 */
export const postFinalize = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "period.finalize");
  must(checkPeriodEtag(loaded.period, request.headers.get("if-match")));
  const at = services.now().toISOString();
  const p = loaded.period;
  const resultMissing =
    p.state === "finalized" && (await services.store.results.get(p.blocId, p.periodId, p.version)) === null;
  let period = p;
  if (!resultMissing) {
    period = must(transitionPeriod(p, "finalize", { at, by: principal.actor }));
    await savePeriod(services, principal, loaded, period, "period.finalize");
  }
  const summary = await storeFinalResult(services, principal, loaded, at);
  return { status: 200, body: { period, summary }, headers: { etag: periodEtag(period) } };
});

app.http("postFinalize", httpOptions("postFinalize", postFinalize));
