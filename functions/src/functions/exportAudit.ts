import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { apiProblem, zodDetails } from "../../../core/api";
import { auditExportPage, AuditExportQuerySchema } from "../../../core/audit";
import { msg } from "../../../core/i18n";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { authenticate } from "../auth/authenticate";

/**
 * `GET /api/audit/export?after=N&limit=M` (board): one page of the whole audit chain in core's versioned export
 * format, for `thidua audit verify` to check away from the server. Follow `next` until it is null.
 */
export const exportAudit = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  must(authorize(principal, "audit.verify", { blocId: "*" }));
  const query = AuditExportQuerySchema.safeParse(Object.fromEntries(request.query));
  if (!query.success)
    throw new ApiError(
      apiProblem(
        "validation",
        msg("Tham số truy vấn không hợp lệ.", "Invalid query parameters."),
        zodDetails(query.error.issues),
      ),
    );
  const entries = await services.store.audit.all();
  return { status: 200, body: auditExportPage(entries, query.data, services.now().toISOString()) };
});

app.http("exportAudit", httpOptions("exportAudit", exportAudit));
