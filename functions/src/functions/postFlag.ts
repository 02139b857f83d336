import { app } from "@azure/functions";
import { FlagBodySchema } from "../../../core/api";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { addPeriodInput, requireMember } from "../useCases/addPeriodInput";
import { loadPeriod } from "../useCases/loadPeriod";

/** `POST /api/periods/{periodId}/flags` (leader, deputy): an eligibility flag on a unit, with its reason. */
export const postFlag = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "flags.write");
  const body = await readJsonBody(request, FlagBodySchema, services.config.maxBodyBytes);
  requireMember(loaded, body.unitId);
  const value = { ...body, decidedAt: body.decidedAt ?? services.now().toISOString() };
  await addPeriodInput(
    services,
    principal,
    loaded,
    "flags",
    { kind: "flag", id: services.newId(), actor: principal.actor, value },
    body.reason,
  );
  return { status: 201, body: value };
});

app.http("postFlag", httpOptions("postFlag", postFlag));
