import { app } from "@azure/functions";
import type { FinalizedSummary } from "../../../core/history";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { checkPeriodEtag, periodEtag, transitionPeriod } from "../../../core/periods";
import { StoreConflictError } from "../../../core/ports";
import { authenticate } from "../auth/authenticate";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";
import { rankPeriod } from "../useCases/rankPeriod";
import { savePeriod } from "../useCases/savePeriod";

/**
 * `POST /api/periods/{periodId}/finalize` (leader, deputy): ranks with the current inputs and freezes the period
 * version: every input, the output and the input hash are stored, and next year's history reads them.
 */
export const postFinalize = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "period.finalize");
  must(checkPeriodEtag(loaded.period, request.headers.get("if-match")));
  const at = services.now().toISOString();
  const next = must(transitionPeriod(loaded.period, "finalize", { at, by: principal.actor }));
  const { result, used } = await rankPeriod(services, loaded);
  const p = loaded.period;
  const summary: FinalizedSummary = {
    blocId: p.blocId,
    periodId: p.periodId,
    year: p.year,
    kind: p.kind,
    version: p.version,
    finalizedAt: at,
    finalizedBy: principal.actor,
    inputHash: result.inputHash,
    units: result.units.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      rank: u.rank,
      total: u.total,
      selfTotal: u.selfTotal,
      hasReturn: u.hasReturn,
      proposals: u.proposals,
      adjusted: u.stages.map((st) => ({ code: st.code, self: st.self, final: st.final })),
    })),
    rotation:
      result.rotation === null
        ? null
        : {
            year: result.rotation.year,
            leader: result.rotation.leader,
            deputy: result.rotation.deputy,
            explanation: result.rotation.explanation,
          },
  };
  try {
    await services.store.results.create({
      summary,
      inputs: used,
      result: JSON.parse(JSON.stringify(result)) as unknown,
    });
  } catch (e) {
    if (e instanceof StoreConflictError)
      throw new ApiError(
        apiProblem(
          "conflict",
          msg("Phiên bản này của kỳ đã được chốt.", "This version of the period is already finalized."),
        ),
      );
    throw e;
  }
  await savePeriod(services, principal, loaded, next, "period.finalize");
  return { status: 200, body: { period: next, summary }, headers: { etag: periodEtag(next) } };
});

app.http("postFinalize", httpOptions("postFinalize", postFinalize));
