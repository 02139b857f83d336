import type {
  CheckedIdentityMapping,
  IdentityPrincipal,
  IdentityProblem,
  VerifiedIdentity,
} from "../../../../core/identity";
import { resolvePrincipals } from "../../../../core/identity";
import type { EntraConfig } from "./entraConfig";
import type { EntraProblem } from "./entraProblem";
import { remoteEntraKeys } from "./remoteEntraKeys";
import type { EntraKeys } from "./verifyEntraToken";
import { verifyEntraToken } from "./verifyEntraToken";

/**
 * What the Entra authenticator says about a request: Entra is off (use access keys), the request carries no
 * Entra token (another authenticator's turn), who signed in and every role the board gave them, or why not.
 */
export type EntraAuthOutcome =
  | { kind: "not-configured" }
  | { kind: "not-entra" }
  | { kind: "signed-in"; identity: VerifiedIdentity; principals: IdentityPrincipal[] }
  | { kind: "refused"; problem: EntraProblem | IdentityProblem };

/** The part of a request the authenticator reads; `@azure/functions`' `HttpRequest` has it. */
export type RequestWithHeaders = { headers: { get(name: string): string | null } };

export type EntraAuthenticate = (request: RequestWithHeaders) => Promise<EntraAuthOutcome>;

export type EntraAuthenticatorDeps = {
  config: EntraConfig;
  /** The board's current mapping (stored by the back end); read per sign-in so changes apply at once. */
  loadMapping: () => Promise<CheckedIdentityMapping>;
  /** Signing keys; the tenants' remote key sets when absent. */
  keys?: EntraKeys;
  now?: () => Date;
};

/**
 * Builds `authenticate(request)` for Entra ID. It claims only `Authorization: Bearer <JWT>` (a token starting
 * `eyJ`, the encoding of `{"`), so access keys in the same header pass to their own authenticator untouched.
 */
export function createEntraAuthenticator(deps: EntraAuthenticatorDeps): EntraAuthenticate {
  const { config } = deps;
  if (!config.enabled) return async () => ({ kind: "not-configured" });
  const keys = deps.keys ?? remoteEntraKeys(config.jwksUrl);
  return async (request) => {
    const token = bearerJwt(request.headers.get("authorization"));
    if (token === undefined) return { kind: "not-entra" };
    const verified = await verifyEntraToken(token, {
      tenantIds: config.tenantIds,
      audiences: config.audiences,
      keys,
      clockToleranceSeconds: config.clockToleranceSeconds,
      ...(config.requiredScope === undefined ? {} : { requiredScope: config.requiredScope }),
      ...(deps.now === undefined ? {} : { now: deps.now() }),
    });
    if (!verified.ok) return { kind: "refused", problem: verified.problem };
    const resolved = resolvePrincipals(verified.identity, await deps.loadMapping());
    if (!resolved.ok) return { kind: "refused", problem: resolved.problem };
    return { kind: "signed-in", identity: verified.identity, principals: resolved.principals };
  };
}

function bearerJwt(header: string | null): string | undefined {
  const token = /^Bearer +(\S+)\s*$/i.exec(header ?? "")?.[1];
  return token?.startsWith("eyJ") ? token : undefined;
}
