import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { verifyAuditChain } from "../../../core/audit";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/**
 * `GET /api/audit/verify` (board): reads the whole chain and checks every link; an edited or removed entry is
 * named. A stored entry that no longer parses counts as edited.
 */
export const verifyAudit = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  must(authorize(principal, "audit.verify", { blocId: "*" }));
  let entries;
  try {
    entries = await services.store.audit.all();
  } catch {
    return { status: 200, body: { ok: false, count: 0, lastHash: null, break: { seq: 0, kind: "edited" } } };
  }
  const v = verifyAuditChain(entries);
  return {
    status: 200,
    body: v.ok
      ? { ok: true, count: v.count, lastHash: v.lastHash, break: null }
      : { ok: false, count: v.count, lastHash: null, break: v.break },
  };
});

app.http("verifyAudit", httpOptions("verifyAudit", verifyAudit));
