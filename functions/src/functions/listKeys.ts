import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/** `GET /api/keys` (board): every key's record without its hash. */
export const listKeys = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  must(authorize(principal, "admin", { blocId: "*" }));
  const keys = await services.store.keys.list();
  return { status: 200, body: keys.map(({ secretHash: _hidden, ...shown }) => shown) };
});

app.http("listKeys", httpOptions("listKeys", listKeys));
