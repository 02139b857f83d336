import { app } from "@azure/functions";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { returnEtag } from "../../../core/periods";
import { UnitReturnSchema } from "../../../core/returns";
import { authenticate } from "../auth/authenticate";
import { ApiError } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { loadPeriod } from "../useCases/loadPeriod";
import { submitReturn } from "../useCases/submitReturn";

/**
 * `PUT /api/periods/{periodId}/returns/{unitId}` with `Idempotency-Key` (and optionally `If-Match: "<version>"`):
 * a unit submits its return. 201 with the receipt (the server's totals), 200 with the same receipt for a replay;
 * every refusal (401/403/404/409/412/413/422/400) writes nothing.
 */
export const putReturn = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const { periodId = "", unitId = "" } = request.params;
  const loaded = await loadPeriod(services, principal, periodId, "return.write", unitId);
  const idempotencyKey = request.headers.get("idempotency-key");
  if (idempotencyKey === null || idempotencyKey.trim() === "" || idempotencyKey.length > 200)
    throw new ApiError(
      apiProblem(
        "validation",
        msg("Thiếu tiêu đề Idempotency-Key.", "The Idempotency-Key header is required."),
        [
          {
            path: "Idempotency-Key",
            message: msg("bắt buộc, tối đa 200 ký tự", "required, at most 200 characters"),
          },
        ],
      ),
    );
  const body = await readJsonBody(request, UnitReturnSchema, services.config.maxBodyBytes);
  const ifMatch = request.headers.get("if-match");
  const { status, receipt } = await submitReturn(services, principal, loaded, {
    unitId,
    idempotencyKey,
    ifMatch,
    body,
  });
  return { status, body: receipt, headers: { etag: returnEtag(receipt.version) } };
});

app.http("putReturn", httpOptions("putReturn", putReturn));
