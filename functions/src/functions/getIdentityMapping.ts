import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { IDENTITY_MAPPING_FORMAT_VERSION } from "../../../core/identity";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/**
 * `GET /api/admin/identity-mapping` (board): the Entra ID mapping and its `ETag` (send it back in `If-Match` to
 * replace it); an empty mapping without `ETag` when none was stored yet.
 */
export const getIdentityMapping = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  must(authorize(principal, "admin", { blocId: "*" }));
  const stored = await services.store.identityMapping.get();
  if (stored === null)
    return { status: 200, body: { formatVersion: IDENTITY_MAPPING_FORMAT_VERSION, entries: [] } };
  return { status: 200, body: stored.value, headers: { etag: stored.etag } };
});

app.http("getIdentityMapping", httpOptions("getIdentityMapping", getIdentityMapping));
