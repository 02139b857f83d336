import type { Principal } from "../../../core/access";
import type { ApiProblem, ProblemCode, ProblemDetail } from "../../../core/api";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import type { IdentityPrincipal } from "../../../core/identity";
import { CHOICE_HEADERS, choosePrincipal } from "../../../core/identity";
import type { Services } from "../services";
import type { Authenticator } from "./authenticator";
import type { EntraAuthenticate, EntraAuthOutcome } from "./entraId";
import { createEntraAuthenticator } from "./entraId";
import { loadIdentityMapping } from "./loadIdentityMapping";

const CODE_OF_STATUS: Record<401 | 403 | 503, ProblemCode> = {
  401: "unauthenticated",
  403: "forbidden",
  503: "unavailable",
};

/** One Entra sign-in per services (its config, store and clock), built on first use. */
const signIns = new WeakMap<Services, EntraAuthenticate>();

function signInOf(services: Services): EntraAuthenticate {
  let signIn = signIns.get(services);
  if (signIn === undefined) {
    signIn = createEntraAuthenticator({
      config: services.config.entra,
      loadMapping: () => loadIdentityMapping(services),
      now: services.now,
    });
    signIns.set(services, signIn);
  }
  return signIn;
}

/**
 * Microsoft Entra ID (`Authorization: Bearer eyJ…`): the token verified, the board's mapping gives the roles, and
 * the request's `X-ThiDua-Bloc` / `X-ThiDua-Role` / `X-ThiDua-Unit` pick one when there are several (core's
 * `choosePrincipal`). Access keys and requests without a JWT pass to the next authenticator.
 */
export const entraAuthenticator: Authenticator = async (request, services) => {
  const outcome = await signInOf(services)(request);
  if (outcome.kind === "not-configured" || outcome.kind === "not-entra") return { kind: "skip" };
  if (outcome.kind === "refused") return refusedBy(outcome.problem);
  const chosen = choosePrincipal(outcome.principals, {
    blocId: request.headers.get(CHOICE_HEADERS.blocId) ?? undefined,
    role: request.headers.get(CHOICE_HEADERS.role) ?? undefined,
    unitId: request.headers.get(CHOICE_HEADERS.unitId) ?? undefined,
  });
  if (!chosen.ok)
    return {
      kind: "refused",
      problem: apiProblem("forbidden", chosen.problem.message, chosen.problem.choices),
    };
  return { kind: "ok", principal: principalOf(outcome.identity.objectId, chosen.principal) };
};

/** The principal the API authorizes: the Entra user's role in its bloc and unit, for any period and year. */
export function principalOf(objectId: string, chosen: IdentityPrincipal): Principal {
  return {
    actor: `entra:${objectId}`,
    role: chosen.role,
    blocId: "blocId" in chosen ? chosen.blocId : null,
    unitId: "unitId" in chosen && chosen.unitId !== undefined ? chosen.unitId : null,
    periodId: null,
    year: null,
  };
}

type Refusal = Extract<EntraAuthOutcome, { kind: "refused" }>["problem"];

/** A refused token or identity in the API's vocabulary; its code is the one detail, so clients can tell them apart. */
function refusedBy(problem: Refusal): {
  kind: "refused";
  problem: ApiProblem;
  headers?: Record<string, string>;
} {
  const detail: ProblemDetail = {
    path: "Authorization",
    message: msg(`Mã lỗi đăng nhập: ${problem.code}`, `Sign-in problem code: ${problem.code}`),
  };
  const mapped = apiProblem(CODE_OF_STATUS[problem.status], problem.message, [detail]);
  if (problem.status === 401)
    return {
      kind: "refused",
      problem: mapped,
      headers: { "www-authenticate": 'Bearer error="invalid_token"' },
    };
  if (problem.status === 503) return { kind: "refused", problem: mapped, headers: { "retry-after": "30" } };
  return { kind: "refused", problem: mapped };
}
