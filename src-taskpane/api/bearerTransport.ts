import type { ApiTransport, PrincipalChoice } from "./apiTransport";
import { ApiError } from "./apiTransport";

/**
 * Where a Microsoft Entra ID access token comes from: MSAL's nested app authentication in the pane
 * (`msalTokenProvider`), a function in tests. `fresh` asks for a new token, not the cached one (after a 401).
 */
export type TokenProvider = (options: { fresh: boolean }) => Promise<string>;

/**
 * The transport signed in with Microsoft Entra ID: each request carries the provider's bearer token and the role
 * chosen among several (`X-ThiDua-*` headers, docs/auth.md); a 401 (an expired or revoked token) asks the provider
 * for a fresh token and sends the request once more, never more.
 */
export function bearerTransport(
  raw: ApiTransport,
  tokens: TokenProvider,
  choice: PrincipalChoice | undefined,
): ApiTransport {
  return async (request) => {
    const send = async (fresh: boolean) =>
      raw({
        ...request,
        accessToken: await tokens({ fresh }),
        ...(choice ? { principalChoice: choice } : {}),
      });
    try {
      return await send(false);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      return send(true);
    }
  };
}
