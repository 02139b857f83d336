import { parseEntraConfig, readEntraConfig } from "../../../../functions/src/auth/entraId";
import { API_URI, CLIENT_ID, OTHER_TENANT, TENANT } from "./entraTokenKit";

const enabled = {
  ENTRA_ENABLED: "true",
  ENTRA_TENANT_IDS: `${TENANT.toUpperCase()}, ${OTHER_TENANT}`,
  ENTRA_AUDIENCES: `${API_URI},${CLIENT_ID}`,
};

describe("parseEntraConfig", () => {
  it("When nothing Entra is set (or ENTRA_ENABLED=false), then Entra is disabled and access keys are used", () => {
    expect(parseEntraConfig({ PATH: "/usr/bin" })).toEqual({ ok: true, config: { enabled: false } });
    expect(parseEntraConfig({ ...enabled, ENTRA_ENABLED: "false" })).toEqual({
      ok: true,
      config: { enabled: false },
    });
    expect(parseEntraConfig({ ENTRA_ENABLED: "", ENTRA_JWKS_URL: " " })).toEqual({
      ok: true,
      config: { enabled: false },
    });
  });

  it("When Entra is enabled with tenants and audiences, then lists are trimmed, ids lower-cased, tolerance 60 s", () => {
    expect(parseEntraConfig(enabled)).toEqual({
      ok: true,
      config: {
        enabled: true,
        tenantIds: [TENANT, OTHER_TENANT],
        audiences: [API_URI, CLIENT_ID],
        clockToleranceSeconds: 60,
      },
    });
  });

  it("When the optional settings are given, then they are kept", () => {
    const parsed = parseEntraConfig({
      ...enabled,
      ENTRA_JWKS_URL: "http://127.0.0.1:7071/{tenantId}/keys",
      ENTRA_CLOCK_TOLERANCE_SECONDS: "120",
      ENTRA_REQUIRED_SCOPE: "access_as_user",
    });
    expect(parsed).toMatchObject({
      ok: true,
      config: {
        jwksUrl: "http://127.0.0.1:7071/{tenantId}/keys",
        clockToleranceSeconds: 120,
        requiredScope: "access_as_user",
      },
    });
  });

  it("When Entra is enabled without its allow-list or audience, then both are named as missing", () => {
    const parsed = parseEntraConfig({ ENTRA_ENABLED: "true" });
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => p.setting)).toEqual(["ENTRA_TENANT_IDS", "ENTRA_AUDIENCES"]);
    expect(parsed.problems[0]?.message.vi).toBe(
      "Thiếu ENTRA_TENANT_IDS: cần các mã tổ chức (tenant ID, GUID) được phép đăng nhập, cách nhau bằng dấu phẩy.",
    );
  });

  it("When settings hold wrong values, then each is named with the value and what it should be", () => {
    const parsed = parseEntraConfig({
      ENTRA_ENABLED: "yes",
      ENTRA_TENANT_IDS: "contoso.onmicrosoft.com",
      ENTRA_AUDIENCES: " , ",
      ENTRA_JWKS_URL: "http://keys.example.com/{tenantId}",
      ENTRA_CLOCK_TOLERANCE_SECONDS: "3600",
      ENTRA_REQUIRED_SCOPE: "access as user",
    });
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => p.setting)).toEqual([
      "ENTRA_ENABLED",
      "ENTRA_TENANT_IDS",
      "ENTRA_AUDIENCES",
      "ENTRA_JWKS_URL",
      "ENTRA_CLOCK_TOLERANCE_SECONDS",
      "ENTRA_REQUIRED_SCOPE",
    ]);
    expect(parsed.problems[3]?.message.en).toBe(
      'ENTRA_JWKS_URL="http://keys.example.com/{tenantId}" is invalid: expected an https:// URL (http:// only for 127.0.0.1 or localhost), which may contain {tenantId}.',
    );
  });

  it("When Entra settings are present but ENTRA_ENABLED is not, then it asks to enable or disable explicitly", () => {
    const parsed = parseEntraConfig({ ENTRA_TENANT_IDS: TENANT });
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.message.vi).toContain("Đã đặt ENTRA_TENANT_IDS nhưng chưa bật Entra ID");
  });
});

describe("readEntraConfig", () => {
  it("When a setting is wrong, then start-up fails with every problem, Vietnamese first", () => {
    expect(() => readEntraConfig({ ENTRA_ENABLED: "true", ENTRA_AUDIENCES: CLIENT_ID })).toThrow(
      /^Cấu hình đăng nhập Microsoft Entra ID không hợp lệ:\n- Thiếu ENTRA_TENANT_IDS.*\nInvalid Microsoft Entra ID sign-in settings:\n- ENTRA_TENANT_IDS is missing/s,
    );
  });

  it("When the settings are right, then the config comes back", () => {
    expect(readEntraConfig(enabled)).toMatchObject({ enabled: true, tenantIds: [TENANT, OTHER_TENANT] });
  });
});
