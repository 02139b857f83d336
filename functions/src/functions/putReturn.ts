import { app } from "@azure/functions";
import { createHash } from "node:crypto";
import type { ReturnReceipt, StoredReturn } from "../../../core/api";
import { apiProblem } from "../../../core/api";
import { stateHash } from "../../../core/audit";
import { msg } from "../../../core/i18n";
import {
  checkReturnTable,
  decideReturnWrite,
  isLate,
  periodAccepts,
  returnEtag,
} from "../../../core/periods";
import { StoreConflictError, StoreStaleError } from "../../../core/ports";
import { UnitReturnSchema } from "../../../core/returns";
import { authenticate } from "../auth/authenticate";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { appendAudit } from "../useCases/appendAudit";
import { historyOfBloc } from "../useCases/historyOfBloc";
import { loadPeriod } from "../useCases/loadPeriod";
import { recomputeReturn, REFUSED_PROBLEMS } from "../useCases/recomputeReturn";

/**
 * `PUT /api/periods/{periodId}/returns/{unitId}` with `Idempotency-Key` (and optionally `If-Match: "<version>"`):
 * a unit submits its return (nộp bản tự chấm). The server recomputes every total; the same key and body again
 * answer the first receipt; every refusal (401/403/404/409/412/413/422/400) writes nothing.
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
  const bodyHash = stateHash(body);
  const keyHash = createHash("sha256").update(idempotencyKey, "utf8").digest("hex");
  const [prior, current] = await Promise.all([
    services.store.returns.idempotency(periodId, unitId, keyHash),
    services.store.returns.current(periodId, unitId),
  ]);
  const decision = must(
    decideReturnWrite({
      bodyHash,
      prior,
      currentVersion: current?.value.version ?? null,
      ifMatch: request.headers.get("if-match"),
    }),
  );
  if (decision.kind === "replay")
    return { status: 200, body: decision.receipt, headers: { etag: returnEtag(decision.receipt.version) } };
  must(periodAccepts(loaded.period, "return"));
  if (body.unitId !== unitId)
    throw new ApiError(
      apiProblem(
        "unprocessable",
        msg(
          `Bản tự chấm là của "${body.unitId}", không phải "${unitId}".`,
          `The return is of "${body.unitId}", not "${unitId}".`,
        ),
        [{ path: "unitId", message: msg(`cần "${unitId}"`, `expected "${unitId}"`) }],
      ),
    );
  must(checkReturnTable(loaded.period, body));
  const { history } = await historyOfBloc(services, loaded.period.blocId, loaded.period.year);
  const scored = recomputeReturn(loaded.compiled, body, history);
  const refused = scored.problems.filter((p) => REFUSED_PROBLEMS.has(p.type));
  if (refused.length > 0)
    throw new ApiError(
      apiProblem(
        "unprocessable",
        msg(
          "Bản tự chấm không thuộc bảng điểm hoặc khối của kỳ này.",
          "The return does not belong to this period's table or bloc.",
        ),
        refused.map((p) => ({ path: p.code ?? "(return)", message: p.message })),
      ),
    );
  const receivedAt = services.now().toISOString();
  const receipt: ReturnReceipt = {
    periodId,
    unitId,
    version: decision.version,
    receivedAt,
    late: isLate(receivedAt, loaded.period.deadline),
    ...scored,
    returnHash: bodyHash,
  };
  const stored: StoredReturn = {
    periodId,
    unitId,
    version: decision.version,
    actor: principal.actor,
    firstReceivedAt: current?.value.firstReceivedAt ?? receivedAt,
    body,
    receipt,
  };
  try {
    await services.store.returns.store(stored, current?.etag ?? null, {
      keyHash,
      record: { bodyHash, receipt },
    });
  } catch (e) {
    if (!(e instanceof StoreConflictError || e instanceof StoreStaleError)) throw e;
    // Lost a race. When the winner sent this same key, it is now stored with its version: answer as a replay
    // (same body) or refuse the reused key (other body), exactly as if this request had come after it.
    const winner = await services.store.returns.idempotency(periodId, unitId, keyHash);
    if (winner !== null) {
      const again = must(decideReturnWrite({ bodyHash, prior: winner, currentVersion: null, ifMatch: null }));
      if (again.kind === "replay")
        return { status: 200, body: again.receipt, headers: { etag: returnEtag(again.receipt.version) } };
    }
    throw new ApiError(
      apiProblem(
        "conflict",
        msg(
          "Một bản khác của đơn vị vừa được nộp cùng lúc; tải lại rồi nộp.",
          "Another version of this return was just submitted; reload and submit.",
        ),
      ),
    );
  }
  await appendAudit(services, principal, {
    action: "return.submit",
    blocId: loaded.period.blocId,
    periodId,
    unitId,
    before: current?.value.body,
    after: body,
  });
  return { status: 201, body: receipt, headers: { etag: returnEtag(receipt.version) } };
});

app.http("putReturn", httpOptions("putReturn", putReturn));
