import { app } from "@azure/functions";
import { periodEtag } from "../../../core/periods";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";

/** `GET /api/periods/{periodId}`: state, deadline, version, the template and its members; ETag = revision. */
export const getPeriod = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "period.read");
  return {
    status: 200,
    body: {
      period: loaded.period,
      members: loaded.compiled.template.members.map((m) => ({ id: m.id, name: m.name })),
      template: loaded.template,
    },
    headers: { etag: periodEtag(loaded.period) },
  };
});

app.http("getPeriod", httpOptions("getPeriod", getPeriod));
