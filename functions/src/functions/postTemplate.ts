import { app } from "@azure/functions";
import { z } from "zod";
import { authorize } from "../../../core/access";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { StoreConflictError } from "../../../core/ports";
import { parseTemplate } from "../../../core/template";
import { authenticate } from "../auth/authenticate";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { appendAudit } from "../useCases/appendAudit";

/** `POST /api/templates` (board): stores a scoring table once it passes every check of core's parseTemplate. */
export const postTemplate = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const raw = await readJsonBody(request, z.record(z.string(), z.unknown()), services.config.maxBodyBytes);
  const parsed = parseTemplate(raw);
  if (!parsed.ok)
    throw new ApiError(
      apiProblem(
        "unprocessable",
        msg("Bảng điểm có lỗi.", "The template has problems."),
        parsed.problems.map((p) => ({ path: p.path, message: p.message })),
      ),
    );
  const t = parsed.compiled.template;
  must(authorize(principal, "admin", { blocId: t.identity.bloc.id }));
  try {
    await services.store.templates.create(t.id, raw);
  } catch (e) {
    if (e instanceof StoreConflictError)
      throw new ApiError(
        apiProblem(
          "conflict",
          msg(
            `Bảng điểm "${t.id}" đã có; bảng điểm không sửa được, hãy tạo phiên bản mới.`,
            `Template "${t.id}" exists; templates never change, add a new version.`,
          ),
        ),
      );
    throw e;
  }
  await appendAudit(services, principal, {
    action: "template.create",
    blocId: t.identity.bloc.id,
    after: raw,
  });
  return {
    status: 201,
    body: { templateId: t.id, fingerprint: parsed.compiled.fingerprint, version: t.identity.version },
  };
});

app.http("postTemplate", httpOptions("postTemplate", postTemplate));
