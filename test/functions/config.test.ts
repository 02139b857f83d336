import { readConfig } from "../../functions/src/config";

describe("readConfig", () => {
  it("When the storage connection is missing, then start-up fails saying which setting", () => {
    expect(() => readConfig({})).toThrow(/THIDUA_STORAGE/);
  });

  it("When settings are given, then origins are split exactly and defaults fill the rest", () => {
    expect(
      readConfig({
        THIDUA_STORAGE: "UseDevelopmentStorage=true",
        THIDUA_CORS_ORIGINS: "https://a.vn, https://b.vn",
      }),
    ).toEqual({
      storage: "UseDevelopmentStorage=true",
      tablePrefix: "thidua",
      corsOrigins: ["https://a.vn", "https://b.vn"],
      maxBodyBytes: 262_144,
      entra: { enabled: false },
    });
  });

  it("When Entra ID is enabled with its tenants and audiences, then the config carries it", () => {
    const config = readConfig({
      THIDUA_STORAGE: "x",
      ENTRA_ENABLED: "true",
      ENTRA_TENANT_IDS: "3F6D2A4B-8C1E-4F5A-9B7D-2E8C4A6F1B3D",
      ENTRA_AUDIENCES: "api://thidua.hagiang.gov.vn",
    });
    expect(config.entra).toEqual({
      enabled: true,
      tenantIds: ["3f6d2a4b-8c1e-4f5a-9b7d-2e8c4a6f1b3d"],
      audiences: ["api://thidua.hagiang.gov.vn"],
      clockToleranceSeconds: 60,
    });
  });

  it("When Entra ID is half configured, then start-up fails naming the missing setting", () => {
    expect(() =>
      readConfig({ THIDUA_STORAGE: "x", ENTRA_ENABLED: "true", ENTRA_AUDIENCES: "api://x" }),
    ).toThrow(/ENTRA_TENANT_IDS/);
    expect(() =>
      readConfig({ THIDUA_STORAGE: "x", ENTRA_TENANT_IDS: "3f6d2a4b-8c1e-4f5a-9b7d-2e8c4a6f1b3d" }),
    ).toThrow(/ENTRA_ENABLED/);
  });

  it("When a CORS origin is not a URL (a wildcard), then it is refused", () => {
    expect(() => readConfig({ THIDUA_STORAGE: "x", THIDUA_CORS_ORIGINS: "*" })).toThrow();
  });
});
