import { app } from "@azure/functions";
import { ReviewBodySchema } from "../../../core/api";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { addPeriodInput, requireCriterion, requireMember } from "../useCases/addPeriodInput";
import { loadPeriod } from "../useCases/loadPeriod";

/** `POST /api/periods/{periodId}/reviews` (leader, deputy): a review adjustment with its reason (thẩm định). */
export const postReview = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "review.write");
  const body = await readJsonBody(request, ReviewBodySchema, services.config.maxBodyBytes);
  requireMember(loaded, body.unitId);
  requireCriterion(loaded, body.code);
  const value = { ...body, reviewer: principal.unitId ?? principal.actor, at: services.now().toISOString() };
  await addPeriodInput(
    services,
    principal,
    loaded,
    "review",
    { kind: "review", id: services.newId(), actor: principal.actor, value },
    body.reason,
  );
  return { status: 201, body: value };
});

app.http("postReview", httpOptions("postReview", postReview));
