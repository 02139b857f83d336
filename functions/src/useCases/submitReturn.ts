import { createHash } from "node:crypto";
import type { Principal } from "../../../core/access";
import type { ReturnReceipt, StoredReturn } from "../../../core/api";
import { apiProblem } from "../../../core/api";
import { stateHash } from "../../../core/audit";
import { msg } from "../../../core/i18n";
import { checkReturnTable, decideReturnWrite, isLate, periodAccepts } from "../../../core/periods";
import { StoreConflictError, StoreStaleError } from "../../../core/ports";
import type { UnitReturn } from "../../../core/returns";
import { ApiError, must } from "../http/apiError";
import type { Services } from "../services";
import { appendAudit } from "./appendAudit";
import { historyOfBloc } from "./historyOfBloc";
import type { LoadedPeriod } from "./loadPeriod";
import { isRefusedProblem, recomputeReturn } from "./recomputeReturn";

export type Submission = { unitId: string; idempotencyKey: string; ifMatch: string | null; body: UnitReturn };

/**
 * Submits a unit's return (nộp bản tự chấm): replays a known key, else checks the If-Match version, the period's
 * state, the unit and the table, recomputes every total with core, claims the key, stores the next version (the
 * key is released when that fails) and audits. Each refusal comes before the first write.
 */
export async function submitReturn(
  services: Services,
  principal: Principal,
  loaded: LoadedPeriod,
  submission: Submission,
): Promise<{ status: 200 | 201; receipt: ReturnReceipt }> {
  const { periodId } = loaded.period;
  const { unitId, body } = submission;
  const bodyHash = stateHash(body);
  const keyHash = createHash("sha256").update(submission.idempotencyKey, "utf8").digest("hex");
  const [prior, current] = await Promise.all([
    services.store.returns.idempotency(periodId, unitId, keyHash),
    services.store.returns.current(periodId, unitId),
  ]);
  const decision = must(
    decideReturnWrite({
      bodyHash,
      prior,
      currentVersion: current?.value.version ?? null,
      ifMatch: submission.ifMatch,
    }),
  );
  if (decision.kind === "replay") return { status: 200, receipt: decision.receipt };
  must(periodAccepts(loaded.period, "return"));
  const receipt = await receiptFor(services, loaded, submission, decision.version, bodyHash);
  const stored: StoredReturn = {
    periodId,
    unitId,
    version: decision.version,
    actor: principal.actor,
    firstReceivedAt: current?.value.firstReceivedAt ?? receipt.receivedAt,
    body,
    receipt,
  };
  // One transaction stores the version, makes it current and remembers the key: all or nothing.
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
      if (again.kind === "replay") return { status: 200, receipt: again.receipt };
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
  const change = { action: "return.submit", blocId: loaded.period.blocId, periodId, unitId };
  await appendAudit(services, principal, { ...change, before: current?.value.body, after: body });
  return { status: 201, receipt };
}

/** The receipt of a new version, or a 422 when the return is another unit's or made for another table or bloc. */
async function receiptFor(
  services: Services,
  loaded: LoadedPeriod,
  { unitId, body }: Submission,
  version: number,
  returnHash: string,
): Promise<ReturnReceipt> {
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
  const refused = scored.problems.filter(isRefusedProblem);
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
  const { periodId, deadline } = loaded.period;
  return { periodId, unitId, version, receivedAt, late: isLate(receivedAt, deadline), ...scored, returnHash };
}
