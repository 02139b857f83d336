import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { appendAudit } from "../useCases/appendAudit";
import { notFound } from "../useCases/loadPeriod";

/** `DELETE /api/keys/{keyId}` (board): revokes a key (the record stays, marked with the time). */
export const revokeKey = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  must(authorize(principal, "admin", { blocId: "*" }));
  const keyId = request.params.keyId ?? "";
  const stored = await services.store.keys.get(keyId);
  if (stored === null) throw notFound("khóa", "key", keyId);
  if (stored.value.revokedAt !== null)
    return { status: 200, body: { keyId, revokedAt: stored.value.revokedAt } };
  const revoked = { ...stored.value, revokedAt: services.now().toISOString() };
  await services.store.keys.update(revoked, stored.etag);
  await appendAudit(services, principal, {
    action: "key.revoke",
    blocId: revoked.blocId,
    unitId: revoked.unitId,
    reason: null,
    after: { keyId, revokedAt: revoked.revokedAt },
  });
  return { status: 200, body: { keyId, revokedAt: revoked.revokedAt } };
});

app.http("revokeKey", httpOptions("revokeKey", revokeKey));
