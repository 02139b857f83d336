import { HttpRequest, InvocationContext } from "@azure/functions";
import type { HttpResponseInit } from "@azure/functions";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { apiProblem, problemStatus } from "../../core/api";
import { msg } from "../../core/i18n";
import { HANDLERS } from "./http/httpOptions";
import "./index";
import type { RouteName } from "./routes";
import { ROUTES } from "./routes";

type CompiledRoute = { name: RouteName; method: string; pattern: RegExp; params: string[] };

/** The route table as patterns: `periods/{periodId}` → /api/periods/([^/]+). */
const COMPILED: CompiledRoute[] = (Object.keys(ROUTES) as RouteName[]).map((name) => {
  const { method, path } = ROUTES[name];
  const params: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_m, p: string) => {
    params.push(p);
    return "([^/]+)";
  });
  return { name, method, pattern: new RegExp(`^/api/${source}/?$`), params };
});

/** The route a method and path match, with its parameters (decoded). */
export function matchRoute(
  method: string,
  path: string,
): { name: RouteName; params: Record<string, string> } | null {
  for (const route of COMPILED) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (m === null) continue;
    const params: Record<string, string> = {};
    route.params.forEach((p, i) => (params[p] = decodeURIComponent(m[i + 1]!)));
    return { name: route.name, params };
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => done(Buffer.concat(chunks)));
    req.on("error", fail);
  });
}

function send(res: ServerResponse, response: HttpResponseInit): void {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries((response.headers ?? {}) as Record<string, string>))
    headers[k.toLowerCase()] = v;
  let body = "";
  if (response.jsonBody !== undefined) {
    body = JSON.stringify(response.jsonBody);
    headers["content-type"] = "application/json; charset=utf-8";
  }
  res.writeHead(response.status ?? 200, headers);
  res.end(body);
}

/**
 * Serves the route table over node:http, the way the Functions host would: each request becomes an HttpRequest
 * (with x-forwarded-for set to the peer address) and goes to the same handler `app.http` registered.
 */
export async function startLocalHost(
  options: { port?: number; corsOrigins?: readonly string[] } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const origins = options.corsOrigins ?? [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = (req.method ?? "GET").toUpperCase();
      if (method === "OPTIONS") {
        const origin = req.headers.origin;
        const allowed = typeof origin === "string" && origins.includes(origin);
        res.writeHead(
          204,
          allowed
            ? {
                "access-control-allow-origin": origin,
                "access-control-allow-methods": "GET, POST, PUT, DELETE",
                "access-control-allow-headers":
                  "authorization, content-type, idempotency-key, if-match, x-thidua-bloc, x-thidua-role, x-thidua-unit",
                vary: "Origin",
              }
            : {},
        );
        return res.end();
      }
      const route = matchRoute(method, url.pathname);
      const handler = route === null ? undefined : HANDLERS.get(route.name);
      if (route === null || handler === undefined) {
        const p = apiProblem(
          "not-found",
          msg(`Không có đường dẫn ${method} ${url.pathname}.`, `No route ${method} ${url.pathname}.`),
        );
        return send(res, { status: problemStatus(p), jsonBody: p });
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
      const body = await readBody(req);
      const request = new HttpRequest({
        method,
        url: url.toString(),
        headers,
        params: route.params,
        query: Object.fromEntries(url.searchParams),
        ...(body.length > 0 ? { body: { bytes: body } } : {}),
      });
      send(res, await handler(request, new InvocationContext({ functionName: route.name })));
    })().catch((e: unknown) => {
      res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(apiProblem("internal", msg("Lỗi máy chủ.", `Server error: ${String(e)}`))));
    });
  });
  // Keep idle connections longer than clients do (Azure's front end keeps them ~4 min), so a client never sends on a
  // connection the server is closing; and queue a burst of connections (a province submitting) instead of refusing it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((done) =>
    server.listen({ port: options.port ?? 0, host: "127.0.0.1", backlog: 4096 }, done),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
