import { app } from "@azure/functions";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/** `GET /api/me`: who the credential signs in as (role, bloc, unit, period or year). */
export const getMe = apiHandler(async (request, services) => ({
  status: 200,
  body: await authenticate(request, services),
}));

app.http("getMe", httpOptions("getMe", getMe));
