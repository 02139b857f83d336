import { entraIssuers, entraKeysUrl } from "../../../../functions/src/auth/entraId/entraEndpoints";
import { TENANT } from "./entraTokenKit";

describe("entraEndpoints", () => {
  it("When no override is set, then the keys come from the tenant's well-known v2.0 JWKS on login.microsoftonline.com", () => {
    expect(entraKeysUrl(TENANT).href).toBe(`https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`);
  });

  it("When an override names {tenantId}, then the tenant fills it; without it the URL is used as is", () => {
    expect(entraKeysUrl(TENANT, "https://login.microsoftonline.us/{tenantId}/discovery/v2.0/keys").href).toBe(
      `https://login.microsoftonline.us/${TENANT}/discovery/v2.0/keys`,
    );
    expect(entraKeysUrl(TENANT, "http://127.0.0.1:7071/keys").href).toBe("http://127.0.0.1:7071/keys");
  });

  it("When a tenant's issuers are listed, then v1.0 (sts.windows.net) and v2.0 (login.microsoftonline.com) are both there", () => {
    expect(entraIssuers(TENANT)).toEqual([
      `https://sts.windows.net/${TENANT}/`,
      `https://login.microsoftonline.com/${TENANT}/v2.0`,
    ]);
  });
});
