import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => webpack.Configuration;

/** The budget for the JavaScript the page loads before it is usable. */
const INITIAL_JS_GZIP_BUDGET = 200 * 1024;

describe("the task pane's production build", () => {
  const out = mkdtempSync(join(tmpdir(), "thidua-pane-"));
  let stats: webpack.Stats;
  beforeAll(async () => {
    const config = makeConfig({ publicUrl: "https://thidua.example.gov.vn/pane" }, { mode: "production" });
    config.context = resolve(__dirname, "../../..");
    config.output = { ...config.output, path: out };
    stats = await new Promise<webpack.Stats>((done, fail) =>
      webpack(config, (error, result) => (error || !result ? fail(error) : done(result))),
    );
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("builds without errors the page, its script and stylesheet, with office.js from Microsoft's CDN", () => {
    expect(stats.hasErrors()).toBe(false);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toContain("<h1>Thi Đua</h1>");
    expect(html).toMatch(/<script[^>]+src="?taskpane\.js"?/);
    expect(html).toMatch(/<link[^>]+href="?taskpane\.css"?/);
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  });

  it("keeps the initial JavaScript within 200 KB gzipped", () => {
    const initial = [...(stats.compilation.entrypoints.get("taskpane")?.getFiles() ?? [])].filter((f) =>
      f.endsWith(".js"),
    );
    expect(initial).toEqual(["taskpane.js"]);
    const gzipped = initial.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length,
      0,
    );
    console.log(`initial JS: ${initial.join(", ")} = ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET);
  });

  it("bundles core's strict JSON reader and return validation (the same rules as the CLI and the back end)", () => {
    const bundle = readFileSync(join(out, "taskpane.js"), "utf8");
    expect(bundle).toContain("JSON lồng quá sâu");
    expect(bundle).toContain("mã vân tay");
  });

  it("ships the icons, support pages, sample tables and the manifest for the public URL", () => {
    expect(readdirSync(join(out, "assets")).sort()).toEqual([
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
    expect(readFileSync(join(out, "support.html"), "utf8")).toContain("Hỗ trợ");
    expect(readFileSync(join(out, "learn-more.html"), "utf8")).toContain("Tìm hiểu thêm");
    const index = JSON.parse(readFileSync(join(out, "templates/index.json"), "utf8")) as { file: string }[];
    expect(index).toHaveLength(4);
    for (const t of index) expect(existsSync(join(out, t.file))).toBe(true);
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://thidua.example.gov.vn/pane/taskpane.html"/>',
    );
    expect(manifest).not.toContain("localhost");
  });

  it("never contains the test harness or its in-memory workbook", () => {
    expect(existsSync(join(out, "e2e.html"))).toBe(false);
    const js = readdirSync(out).filter((f) => f.endsWith(".js"));
    for (const f of js) expect(readFileSync(join(out, f), "utf8")).not.toMatch(/thiduaHarness|typeInto/);
  });

  it("refuses to add the test harness to a production build", () => {
    expect(() => makeConfig({ e2e: true }, { mode: "production" })).toThrow(/e2e/);
  });
});
