import type { HttpRequest } from "@azure/functions";
import type { Principal } from "../../../core/access";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { ApiError } from "../http/apiError";
import type { Services } from "../services";
import type { Authenticator } from "./authenticator";
import { keyAuthenticator } from "./keyAuthenticator";

/** The ways to sign in, tried in order; `addAuthenticator` plugs in another (Microsoft Entra ID). */
const AUTHENTICATORS: Authenticator[] = [keyAuthenticator];

export function addAuthenticator(authenticator: Authenticator): void {
  if (!AUTHENTICATORS.includes(authenticator)) AUTHENTICATORS.push(authenticator);
}

/** The principal a request signs in as, or throws 401 (no or bad credential) / 429 (throttled). */
export async function authenticate(request: HttpRequest, services: Services): Promise<Principal> {
  for (const authenticator of AUTHENTICATORS) {
    const outcome = await authenticator(request, services);
    if (outcome.kind === "ok") return outcome.principal;
    if (outcome.kind === "refused") throw new ApiError(outcome.problem, outcome.headers);
  }
  throw new ApiError(
    apiProblem(
      "unauthenticated",
      msg(
        "Cần đăng nhập: gửi khóa truy cập (Authorization: Bearer …).",
        "Sign-in required: send an access key (Authorization: Bearer …).",
      ),
    ),
    { "www-authenticate": "Bearer" },
  );
}
