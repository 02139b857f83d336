import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import type { ApiProblem } from "../../../core/api";
import { apiProblem, problemStatus } from "../../../core/api";
import { msg } from "../../../core/i18n";
import type { Services } from "../services";
import { getServices } from "../services";
import { ApiError } from "./apiError";

/** What a handler answers: a status, a JSON body and extra headers (ETag, Retry-After). */
export type ApiResult = { status: number; body: unknown; headers?: Record<string, string> };

export type ApiHandler = (
  request: HttpRequest,
  services: Services,
  context: InvocationContext,
) => Promise<ApiResult>;

/** The CORS headers for a request's origin: only an exact configured origin is echoed back. */
export function corsHeaders(request: HttpRequest, origins: readonly string[]): Record<string, string> {
  const origin = request.headers.get("origin");
  if (origin === null || !origins.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-expose-headers": "ETag, Retry-After",
    vary: "Origin",
  };
}

/** A problem as the response body; the status comes from core's one table. */
export function problemResult(problem: ApiProblem, headers?: Record<string, string>): ApiResult {
  return headers === undefined
    ? { status: problemStatus(problem), body: problem }
    : { status: problemStatus(problem), body: problem, headers };
}

/**
 * Wraps a handler: services, JSON responses, CORS, and every error answered in the problem format (an ApiError with
 * its status; anything else logged and answered 500 without internals).
 */
export function apiHandler(
  handler: ApiHandler,
): (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit> {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const services = await getServices();
    let result: ApiResult;
    try {
      result = await handler(request, services, context);
    } catch (e) {
      if (e instanceof ApiError) result = problemResult(e.problem, e.headers);
      else {
        context.error(e);
        result = problemResult(
          apiProblem("internal", msg("Lỗi máy chủ; đã ghi nhật ký.", "Server error; it was logged.")),
        );
      }
    }
    return {
      status: result.status,
      jsonBody: result.body,
      headers: { ...corsHeaders(request, services.config.corsOrigins), ...result.headers },
    };
  };
}
