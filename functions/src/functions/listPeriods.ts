import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/** `GET /api/periods`: the periods the caller may read (its bloc's; every bloc's for the board). */
export const listPeriods = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const periods = await services.store.periods.list(principal.blocId ?? undefined);
  const readable = periods.filter(
    (p) => authorize(principal, "period.read", { blocId: p.blocId, periodId: p.periodId, year: p.year }).ok,
  );
  return { status: 200, body: readable };
});

app.http("listPeriods", httpOptions("listPeriods", listPeriods));
