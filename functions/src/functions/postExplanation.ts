import { app } from "@azure/functions";
import { ExplanationBodySchema } from "../../../core/api";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { addPeriodInput, requireCriterion } from "../useCases/addPeriodInput";
import { loadPeriod } from "../useCases/loadPeriod";

/** `POST /api/periods/{periodId}/explanations` (the unit itself): an explanation about a review (giải trình). */
export const postExplanation = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const periodId = request.params.periodId ?? "";
  const body = await readJsonBody(request, ExplanationBodySchema, services.config.maxBodyBytes);
  const loaded = await loadPeriod(services, principal, periodId, "explanation.write", body.unitId);
  requireCriterion(loaded, body.code);
  const value = { ...body, at: services.now().toISOString() };
  await addPeriodInput(
    services,
    principal,
    loaded,
    "explanation",
    { kind: "explanation", id: services.newId(), actor: principal.actor, value },
    null,
  );
  return { status: 201, body: value };
});

app.http("postExplanation", httpOptions("postExplanation", postExplanation));
