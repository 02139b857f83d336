import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { CreatePeriodBodySchema } from "../../../core/api";
import type { Period } from "../../../core/periods";
import { periodEtag } from "../../../core/periods";
import { StoreConflictError } from "../../../core/ports";
import { parseTemplate } from "../../../core/template";
import { authenticate } from "../auth/authenticate";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { appendAudit } from "../useCases/appendAudit";
import { notFound } from "../useCases/loadPeriod";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";

/** `POST /api/periods` (board): opens a period of a bloc on a stored template; members come from the template. */
export const createPeriod = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const body = await readJsonBody(request, CreatePeriodBodySchema, services.config.maxBodyBytes);
  must(authorize(principal, "admin", { blocId: body.blocId }));
  if ((await services.store.blocs.get(body.blocId)) === null) throw notFound("khối", "bloc", body.blocId);
  const parsed = parseTemplate(await services.store.templates.get(body.templateId));
  if (!parsed.ok) throw notFound("bảng điểm", "template", body.templateId);
  const t = parsed.compiled.template;
  if (t.identity.bloc.id !== body.blocId)
    throw new ApiError(
      apiProblem(
        "unprocessable",
        msg(
          `Bảng điểm "${t.id}" thuộc khối "${t.identity.bloc.id}".`,
          `Template "${t.id}" belongs to bloc "${t.identity.bloc.id}".`,
        ),
        [{ path: "templateId", message: msg("khác khối", "another bloc") }],
      ),
    );
  const period: Period = {
    periodId: body.periodId ?? t.id,
    blocId: body.blocId,
    year: t.identity.year,
    kind: t.identity.period,
    templateId: t.id,
    templateVersion: t.identity.version,
    fingerprint: parsed.compiled.fingerprint,
    deadline: new Date(body.deadline).toISOString(),
    state: "open",
    version: 1,
    revision: 1,
    createdAt: services.now().toISOString(),
    reopenings: [],
  };
  try {
    await services.store.periods.create(period);
  } catch (e) {
    if (e instanceof StoreConflictError)
      throw new ApiError(
        apiProblem("conflict", msg(`Kỳ "${period.periodId}" đã có.`, `Period "${period.periodId}" exists.`)),
      );
    throw e;
  }
  await appendAudit(services, principal, {
    action: "period.create",
    blocId: period.blocId,
    periodId: period.periodId,
    after: period,
  });
  return { status: 201, body: period, headers: { etag: periodEtag(period) } };
});

app.http("createPeriod", httpOptions("createPeriod", createPeriod));
