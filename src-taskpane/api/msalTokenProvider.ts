import type { IPublicClientApplication } from "@azure/msal-browser";
import type { TokenProvider } from "./bearerTransport";
import type { EntraSettings } from "./entraSettings";

/**
 * Tokens for the Thi Đua API through Office's nested app authentication (MSAL's nestable client): silently first
 * (the account Office is signed in with), then a popup the user answers. MSAL is its own chunk ("msal"), fetched
 * on the first sign-in with Microsoft, never in the initial bundle. `fresh` (after a 401) skips MSAL's cache.
 */
export function msalTokenProvider(settings: EntraSettings): TokenProvider {
  let client: Promise<IPublicClientApplication> | undefined;
  const load = () =>
    (client ??= import(/* webpackChunkName: "msal" */ "@azure/msal-browser").then((msal) =>
      msal.createNestablePublicClientApplication({
        auth: { clientId: settings.clientId, authority: settings.authority },
      }),
    )).catch((error: unknown) => {
      client = undefined;
      throw error;
    });
  return async ({ fresh }) => {
    const pca = await load();
    const scopes = [settings.scope];
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const result = await pca.acquireTokenSilent({
        scopes,
        forceRefresh: fresh,
        ...(account ? { account } : {}),
      });
      return result.accessToken;
    } catch {
      // Consent missing, no account known to Office yet, an expired session: the user answers a popup.
      const result = await pca.acquireTokenPopup({ scopes });
      pca.setActiveAccount(result.account);
      return result.accessToken;
    }
  };
}
