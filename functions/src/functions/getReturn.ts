import { app } from "@azure/functions";
import { returnEtag } from "../../../core/periods";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod, notFound } from "../useCases/loadPeriod";

/** `GET /api/periods/{periodId}/returns/{unitId}`: the current return and the receipts of every version. */
export const getReturn = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const { periodId = "", unitId = "" } = request.params;
  await loadPeriod(services, principal, periodId, "return.read", unitId);
  const [current, versions] = await Promise.all([
    services.store.returns.current(periodId, unitId),
    services.store.returns.versions(periodId, unitId),
  ]);
  if (current === null) throw notFound("bản tự chấm của", "return of", unitId);
  return {
    status: 200,
    body: { current: current.value, versions: versions.map((v) => v.receipt) },
    headers: { etag: returnEtag(current.value.version) },
  };
});

app.http("getReturn", httpOptions("getReturn", getReturn));
