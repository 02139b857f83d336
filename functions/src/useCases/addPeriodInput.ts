import type { Principal } from "../../../core/access";
import type { PeriodInput } from "../../../core/api";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import type { PeriodInput as InputKind } from "../../../core/periods";
import { periodAccepts } from "../../../core/periods";
import { ApiError, must } from "../http/apiError";
import type { Services } from "../services";
import { appendAudit } from "./appendAudit";
import type { LoadedPeriod } from "./loadPeriod";

/** A 422 unless `unitId` is a member of the period's template. */
export function requireMember(loaded: LoadedPeriod, unitId: string, path = "unitId"): void {
  if (loaded.compiled.memberIds.has(unitId)) return;
  throw new ApiError(
    apiProblem(
      "unprocessable",
      msg(
        `"${unitId}" không phải đơn vị thành viên của kỳ này.`,
        `"${unitId}" is not a member of this period.`,
      ),
      [{ path, message: msg("không phải thành viên", "not a member") }],
    ),
  );
}

/** A 422 unless `code` is a criterion (or bonus/deduction item) of the period's table. */
export function requireCriterion(loaded: LoadedPeriod, code: string): void {
  if (loaded.compiled.nodes.some((n) => n.code === code)) return;
  throw new ApiError(
    apiProblem(
      "unprocessable",
      msg(`Bảng điểm không có tiêu chí "${code}".`, `The table has no criterion "${code}".`),
      [{ path: "code", message: msg("không có trong bảng điểm", "not in the table") }],
    ),
  );
}

/** Stores one review-stage input when the period accepts it now (409 otherwise), and audits it. */
export async function addPeriodInput(
  services: Services,
  principal: Principal,
  loaded: LoadedPeriod,
  accepts: InputKind,
  input: PeriodInput,
  reason: string | null,
): Promise<void> {
  must(periodAccepts(loaded.period, accepts));
  await services.store.inputs.add(loaded.period.periodId, input);
  const unitId = "unitId" in input.value ? input.value.unitId : null;
  await appendAudit(services, principal, {
    action: `input.${input.kind}`,
    blocId: loaded.period.blocId,
    periodId: loaded.period.periodId,
    unitId,
    after: input.value,
    reason,
  });
}
