import { app } from "@azure/functions";
import { apiProblem, CrossScoreBodySchema } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { authenticate } from "../auth/authenticate";
import { ApiError } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { addPeriodInput, requireCriterion, requireMember } from "../useCases/addPeriodInput";
import { loadPeriod } from "../useCases/loadPeriod";

/** `POST /api/periods/{periodId}/cross-scores`: the caller's unit scores another unit (chấm chéo), never itself. */
export const postCrossScore = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const scorer = principal.unitId ?? "";
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "cross.write", scorer);
  const body = await readJsonBody(request, CrossScoreBodySchema, services.config.maxBodyBytes);
  requireMember(loaded, body.unitId);
  requireCriterion(loaded, body.code);
  if (body.unitId === scorer)
    throw new ApiError(
      apiProblem(
        "unprocessable",
        msg("Đơn vị không được tự chấm chéo chính mình.", "A unit cannot cross-score itself."),
        [{ path: "unitId", message: msg("là chính đơn vị chấm", "is the scoring unit") }],
      ),
    );
  const value = { ...body, scorer, at: services.now().toISOString() };
  await addPeriodInput(
    services,
    principal,
    loaded,
    "cross",
    { kind: "cross", id: services.newId(), actor: principal.actor, value },
    null,
  );
  return { status: 201, body: value };
});

app.http("postCrossScore", httpOptions("postCrossScore", postCrossScore));
