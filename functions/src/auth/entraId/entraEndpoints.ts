/** The two issuers Microsoft Entra ID writes for a tenant: v1.0 access tokens and v2.0 tokens. */
export function entraIssuers(tenantId: string): [v1: string, v2: string] {
  return [`https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`];
}

/** Placeholder for the tenant id in a keys URL override (`ENTRA_JWKS_URL`). */
export const TENANT_PLACEHOLDER = "{tenantId}";

/**
 * Where a tenant publishes its signing keys (the well-known JWKS of its OpenID configuration), or the override
 * with `{tenantId}` filled in. Only allow-listed tenant ids ever reach here, so a token cannot choose the URL.
 */
export function entraKeysUrl(tenantId: string, override?: string): URL {
  const template = override ?? `https://login.microsoftonline.com/${TENANT_PLACEHOLDER}/discovery/v2.0/keys`;
  return new URL(template.split(TENANT_PLACEHOLDER).join(encodeURIComponent(tenantId)));
}
