import { app } from "@azure/functions";
import { memberStatus } from "../../../core/periods";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";

/** `GET /api/periods/{periodId}/status`: per member, submitted / late / missing, version and time. */
export const getStatus = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "status.read");
  const current = await services.store.returns.allCurrent(loaded.period.periodId);
  const members = memberStatus(
    loaded.compiled.template.members,
    current.map((r) => ({
      unitId: r.unitId,
      version: r.version,
      receivedAt: r.receipt.receivedAt,
      firstReceivedAt: r.firstReceivedAt,
    })),
    loaded.period.deadline,
  );
  return {
    status: 200,
    body: {
      periodId: loaded.period.periodId,
      state: loaded.period.state,
      deadline: loaded.period.deadline,
      members,
    },
  };
});

app.http("getStatus", httpOptions("getStatus", getStatus));
