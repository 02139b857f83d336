import { app } from "@azure/functions";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/** `GET /api/blocs`: every bloc for the board; the caller's own bloc otherwise. */
export const listBlocs = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const blocs = await services.store.blocs.list();
  return {
    status: 200,
    body: blocs.filter((b) => principal.blocId === null || b.blocId === principal.blocId),
  };
});

app.http("listBlocs", httpOptions("listBlocs", listBlocs));
