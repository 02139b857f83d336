/** Injected at build time (`--env apiBaseUrl=…`, scripts/webpack/paneBuild.js); absent under jest. */
declare const __THIDUA_API_BASE_URL__: string | undefined;

/** The back end's base URL the build injected; "" means the pane's own origin. */
export function apiBaseUrl(): string {
  return typeof __THIDUA_API_BASE_URL__ === "string" ? __THIDUA_API_BASE_URL__ : "";
}

/** Which of a Microsoft account's several roles a request acts as (X-ThiDua-Bloc / -Role / -Unit, docs/auth.md). */
export type PrincipalChoice = { blocId?: string; role?: string; unitId?: string };

/** One call to the back end, as the connected flows (sign-in, submit, the leader's board) will make it. */
export type ApiRequest = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
  /** Sent as Idempotency-Key: a retried submit is recognised, never applied twice. */
  idempotencyKey?: string;
  /** Sent as If-Match: a change made on a stale copy is refused with 412. */
  etag?: string;
  accessToken?: string;
  /** Sent as X-ThiDua-* headers: the role chosen when the Entra account has several. */
  principalChoice?: PrincipalChoice;
};

export type ApiResponse = { status: number; etag: string | undefined; body: unknown };

/** The seam the connected flows receive as a parameter; tests pass a function, the pane `fetchTransport`. */
export type ApiTransport = (request: ApiRequest) => Promise<ApiResponse>;

/** A refused call (4xx/5xx): describeFailure turns its status into a sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = "ApiError";
  }
}

/** An API path joined to a base with exactly one slash between them. */
export function apiUrl(path: string, base = apiBaseUrl()): string {
  if (base === "") return path.startsWith("/") ? path : `/${path}`;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The transport over `fetch`: JSON both ways, the headers above, every non-2xx status thrown as `ApiError`. */
export function fetchTransport(
  base = apiBaseUrl(),
  fetchImpl: Fetch = (url, init) => fetch(url, init),
): ApiTransport {
  return async (request) => {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    if (request.idempotencyKey) headers["Idempotency-Key"] = request.idempotencyKey;
    if (request.etag) headers["If-Match"] = request.etag;
    if (request.accessToken) headers.Authorization = `Bearer ${request.accessToken}`;
    const choice = request.principalChoice;
    if (choice?.blocId) headers["X-ThiDua-Bloc"] = choice.blocId;
    if (choice?.role) headers["X-ThiDua-Role"] = choice.role;
    if (choice?.unitId) headers["X-ThiDua-Unit"] = choice.unitId;
    const response = await fetchImpl(apiUrl(request.path, base), {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // A proxy's HTML error page: kept as text for the message.
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return { status: response.status, etag: response.headers.get("ETag") ?? undefined, body };
  };
}
