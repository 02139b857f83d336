import { app } from "@azure/functions";
import { TransitionBodySchema } from "../../../core/api";
import { checkPeriodEtag, periodEtag, transitionPeriod } from "../../../core/periods";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { savePeriod } from "../useCases/savePeriod";
import { loadPeriod } from "../useCases/loadPeriod";

/** `POST /api/periods/{periodId}/transition` (leader, deputy): close submissions, or start the review. */
export const movePeriod = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "period.transition");
  const body = await readJsonBody(request, TransitionBodySchema, services.config.maxBodyBytes);
  must(checkPeriodEtag(loaded.period, request.headers.get("if-match")));
  const next = must(
    transitionPeriod(loaded.period, body.move, { at: services.now().toISOString(), by: principal.actor }),
  );
  await savePeriod(services, principal, loaded, next, `period.${body.move}`);
  return { status: 200, body: next, headers: { etag: periodEtag(next) } };
});

app.http("movePeriod", httpOptions("movePeriod", movePeriod));
