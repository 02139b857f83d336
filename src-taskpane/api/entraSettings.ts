/** Injected at build time (`--env entraClientId=… entraScope=… [entraTenantId=…]`, scripts/webpack/paneBuild.js). */
declare const __THIDUA_ENTRA__: EntraSettings | null | undefined;

/** The province's Microsoft Entra ID app for the pane: client id, authority, the API's scope. */
export type EntraSettings = { clientId: string; authority: string; scope: string };

/** The build's Entra settings, or undefined when the province signs in with access keys only (the default). */
export function entraSettings(): EntraSettings | undefined {
  return typeof __THIDUA_ENTRA__ === "object" && __THIDUA_ENTRA__ !== null ? __THIDUA_ENTRA__ : undefined;
}
