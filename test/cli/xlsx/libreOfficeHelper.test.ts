import { sofficeOrSkip } from "../../helpers/libreOffice";

describe("sofficeOrSkip", () => {
  const saved = { PATH: process.env.PATH, CI: process.env.CI };
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.CI === undefined) delete process.env.CI;
    else process.env.CI = saved.CI;
  });

  it("fails, never skips, in CI when LibreOffice is missing", () => {
    process.env.PATH = "/nonexistent";
    process.env.CI = "true";
    expect(() => sofficeOrSkip("a LibreOffice suite")).toThrow(
      "a LibreOffice suite: soffice (LibreOffice) is required in CI",
    );
  });

  it("skips with a message outside CI when LibreOffice is missing", () => {
    process.env.PATH = "/nonexistent";
    delete process.env.CI;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(sofficeOrSkip("a LibreOffice suite")).toBeUndefined();
    expect(warn).toHaveBeenCalledWith("a LibreOffice suite: skipped, LibreOffice (soffice) is not installed");
    warn.mockRestore();
  });
});
