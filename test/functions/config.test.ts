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
    });
  });

  it("When a CORS origin is not a URL (a wildcard), then it is refused", () => {
    expect(() => readConfig({ THIDUA_STORAGE: "x", THIDUA_CORS_ORIGINS: "*" })).toThrow();
  });
});
