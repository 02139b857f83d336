import { app } from "@azure/functions";
import type { AccessKeyRecord } from "../../../core/access";
import { authorize } from "../../../core/access";
import { apiProblem, IssueKeyBodySchema } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { authenticate } from "../auth/authenticate";
import { hashAccessKey, newAccessKey } from "../auth/accessKeySecret";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { appendAudit } from "../useCases/appendAudit";

/** `POST /api/keys` (board): issues an access key; the key is in this answer only, storage keeps its hash. */
export const postKey = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const body = await readJsonBody(request, IssueKeyBodySchema, services.config.maxBodyBytes);
  must(authorize(principal, "admin", { blocId: body.blocId ?? "*" }));
  const unitRole = body.role === "member" || body.role === "leader" || body.role === "deputy";
  const shapeOk =
    body.role === "board"
      ? body.blocId === null && body.unitId === null
      : body.blocId !== null &&
        (unitRole ? body.unitId !== null : true) &&
        (body.periodId !== null || body.year !== null);
  if (!shapeOk)
    throw new ApiError(
      apiProblem(
        "unprocessable",
        msg(
          "Khóa cho đơn vị cần khối, đơn vị và kỳ hoặc năm; khóa của Ban chỉ có vai trò board.",
          "A unit's key needs a bloc, a unit and a period or year; a board key has no bloc or unit.",
        ),
      ),
    );
  const { keyId, key } = newAccessKey();
  const record: AccessKeyRecord = {
    keyId,
    secretHash: hashAccessKey(key),
    role: body.role,
    blocId: body.blocId,
    unitId: body.unitId,
    periodId: body.periodId,
    year: body.year,
    ...(body.label === undefined ? {} : { label: body.label }),
    issuedAt: services.now().toISOString(),
    expiresAt: new Date(body.expiresAt).toISOString(),
    revokedAt: null,
  };
  await services.store.keys.create(record);
  const { secretHash: _hidden, ...shown } = record;
  await appendAudit(services, principal, {
    action: "key.issue",
    blocId: body.blocId,
    unitId: body.unitId,
    after: shown,
  });
  return { status: 201, body: { keyId, key, expiresAt: record.expiresAt } };
});

app.http("postKey", httpOptions("postKey", postKey));
