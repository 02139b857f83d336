import { app } from "@azure/functions";
import { ReopenBodySchema } from "../../../core/api";
import { checkPeriodEtag, periodEtag, transitionPeriod } from "../../../core/periods";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { loadPeriod } from "../useCases/loadPeriod";
import { savePeriod } from "../useCases/savePeriod";

/** `POST /api/periods/{periodId}/reopen` (leader, deputy, board): reopens a finalized period with a reason, as a new version. */
export const postReopen = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "period.reopen");
  const body = await readJsonBody(request, ReopenBodySchema, services.config.maxBodyBytes);
  must(checkPeriodEtag(loaded.period, request.headers.get("if-match")));
  const next = must(
    transitionPeriod(loaded.period, "reopen", {
      at: services.now().toISOString(),
      by: principal.actor,
      reason: body.reason,
    }),
  );
  await savePeriod(services, principal, loaded, next, "period.reopen", body.reason);
  return { status: 200, body: next, headers: { etag: periodEtag(next) } };
});

app.http("postReopen", httpOptions("postReopen", postReopen));
