import { app } from "@azure/functions";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";

/**
 * `GET /api/periods/{periodId}/inputs`: reviews, explanations, cross-scores, flags and votes; a member sees only
 * the reviews and explanations of its own unit.
 */
export const listInputs = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "review.read");
  const all = await services.store.inputs.list(loaded.period.periodId);
  const visible =
    principal.role === "member"
      ? all.filter(
          (i) => (i.kind === "review" || i.kind === "explanation") && i.value.unitId === principal.unitId,
        )
      : all;
  return { status: 200, body: visible };
});

app.http("listInputs", httpOptions("listInputs", listInputs));
