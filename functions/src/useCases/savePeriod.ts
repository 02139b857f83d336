import type { Principal } from "../../../core/access";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import type { Period } from "../../../core/periods";
import { StoreStaleError } from "../../../core/ports";
import { ApiError } from "../http/apiError";
import type { Services } from "../services";
import { appendAudit } from "./appendAudit";
import type { LoadedPeriod } from "./loadPeriod";

/** Stores a period's new state with the ETag it was read with (412 when someone changed it since), then audits. */
export async function savePeriod(
  services: Services,
  principal: Principal,
  loaded: LoadedPeriod,
  next: Period,
  action: string,
  reason: string | null = null,
): Promise<void> {
  try {
    await services.store.periods.update(next, loaded.etag);
  } catch (e) {
    if (e instanceof StoreStaleError)
      throw new ApiError(
        apiProblem(
          "precondition-failed",
          msg(
            "Kỳ vừa được người khác thay đổi; tải lại.",
            "The period was just changed by someone else; reload.",
          ),
        ),
      );
    throw e;
  }
  await appendAudit(services, principal, {
    action,
    blocId: next.blocId,
    periodId: next.periodId,
    before: loaded.period,
    after: next,
    reason,
  });
}
