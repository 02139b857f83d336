import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { PutBlocBodySchema } from "../../../core/api";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { appendAudit } from "../useCases/appendAudit";

/** `PUT /api/blocs/{blocId}` (board): creates or replaces a bloc (name, province, terms, imported history). */
export const putBloc = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const blocId = request.params.blocId ?? "";
  must(authorize(principal, "admin", { blocId }));
  const body = await readJsonBody(request, PutBlocBodySchema, services.config.maxBodyBytes);
  const before = await services.store.blocs.get(blocId);
  const bloc = { ...body, blocId };
  await services.store.blocs.put(bloc);
  await appendAudit(services, principal, { action: "bloc.put", blocId, before, after: bloc });
  return { status: before === null ? 201 : 200, body: bloc };
});

app.http("putBloc", httpOptions("putBloc", putBloc));
