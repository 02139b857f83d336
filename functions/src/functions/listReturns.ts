import { app } from "@azure/functions";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";

/** `GET /api/periods/{periodId}/returns` (leader, deputy, board): every current return, one partition query. */
export const listReturns = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const periodId = request.params.periodId ?? "";
  await loadPeriod(services, principal, periodId, "returns.consolidate");
  return { status: 200, body: { periodId, returns: await services.store.returns.allCurrent(periodId) } };
});

app.http("listReturns", httpOptions("listReturns", listReturns));
