import { app } from "@azure/functions";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";

/** `GET /api/health`: the service answers (no sign-in). */
export const getHealth = apiHandler(async (_request, services) => ({
  status: 200,
  body: { status: "ok", time: services.now().toISOString() },
}));

app.http("getHealth", httpOptions("getHealth", getHealth));
