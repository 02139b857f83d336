import type { Action, Principal } from "../../../core/access";
import { authorize } from "../../../core/access";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import type { Period } from "../../../core/periods";
import type { CompiledTemplate } from "../../../core/template";
import { parseTemplate } from "../../../core/template";
import { ApiError, must } from "../http/apiError";
import type { Services } from "../services";

export type LoadedPeriod = { period: Period; etag: string; compiled: CompiledTemplate; template: unknown };

/** A 404 naming what was looked for. */
export function notFound(vi: string, en: string, id: string): ApiError {
  return new ApiError(apiProblem("not-found", msg(`Không tìm thấy ${vi} "${id}".`, `No ${en} "${id}".`)));
}

/**
 * The period, its template compiled by core, and the caller's right to `action` on it (the unit named too, when
 * the action is about one unit). 404 for an unknown period, 403 for a refusal; nothing is written.
 */
export async function loadPeriod(
  services: Services,
  principal: Principal,
  periodId: string,
  action: Action,
  unitId?: string,
): Promise<LoadedPeriod> {
  const stored = await services.store.periods.get(periodId);
  if (stored === null) throw notFound("kỳ", "period", periodId);
  const period = stored.value;
  must(
    authorize(principal, action, {
      blocId: period.blocId,
      periodId,
      year: period.year,
      ...(unitId === undefined ? {} : { unitId }),
    }),
  );
  const template = await services.store.templates.get(period.templateId);
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`stored template ${period.templateId} no longer parses`);
  return { period, etag: stored.etag, compiled: parsed.compiled, template };
}
