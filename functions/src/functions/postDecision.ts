import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { DecisionBodySchema } from "../../../core/api";
import type { Bloc } from "../../../core/api";
import type { CouncilDecision, CouncilDecisionBody } from "../../../core/history";
import { StoreConflictError } from "../../../core/ports";
import { checkCouncilDecision } from "../../../core/history";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { appendAudit } from "../useCases/appendAudit";
import { notFound } from "../useCases/loadPeriod";
import type { Services } from "../services";

const MAX_ATTEMPTS = 20;

/**
 * `POST /api/blocs/{blocId}/decisions` (board): records one decision of the provincial council on an award the bloc
 * proposed (conferred, not conferred) or a later revocation, with the decision's reference. Append-only and audited;
 * next year's history counts awards as decided.
 */
export const postDecision = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const blocId = request.params.blocId ?? "";
  must(authorize(principal, "decision.write", { blocId }));
  const bloc = await services.store.blocs.get(blocId);
  if (bloc === null) throw notFound("khối", "bloc", blocId);
  const body = await readJsonBody(request, DecisionBodySchema, services.config.maxBodyBytes);
  const decision = await recordDecision(services, principal.actor, blocId, body, bloc.importedHistory);
  await appendAudit(services, principal, {
    action: `decision.${body.outcome}`,
    blocId,
    unitId: body.unitId,
    after: decision,
    reason: body.note ?? body.reference,
  });
  return { status: 201, body: decision };
});

/**
 * Checks and appends the decision as the bloc's next in sequence (the row key orders decisions, so "the later one
 * counts" never depends on two clocks agreeing); when another decision took that number first, reads again and
 * re-checks (a revocation may have become possible or impossible).
 */
async function recordDecision(
  services: Services,
  actor: string,
  blocId: string,
  body: CouncilDecisionBody,
  imported: Bloc["importedHistory"],
): Promise<CouncilDecision> {
  const summaries = await services.store.results.summaries(blocId);
  for (let attempt = 1; ; attempt++) {
    const recorded = await services.store.decisions.list(blocId);
    must(checkCouncilDecision(body, summaries, imported, recorded));
    const decision: CouncilDecision = {
      ...body,
      id: String(recorded.length + 1).padStart(8, "0"),
      blocId,
      recordedBy: actor,
      recordedAt: services.now().toISOString(),
    };
    try {
      await services.store.decisions.add(decision);
      return decision;
    } catch (e) {
      if (!(e instanceof StoreConflictError) || attempt >= MAX_ATTEMPTS) throw e;
    }
  }
}

app.http("postDecision", httpOptions("postDecision", postDecision));
