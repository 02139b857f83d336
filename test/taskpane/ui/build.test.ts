import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../../webpack.config.js") as (
  env: unknown,
  argv: { mode: string },
) => webpack.Configuration;

describe("the task pane build", () => {
  const out = mkdtempSync(join(tmpdir(), "thidua-pane-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("bundles the pane with core into taskpane.html and taskpane.js, within 150 KB gzipped initial JS", async () => {
    const config = makeConfig({}, { mode: "production" });
    config.context = resolve(__dirname, "../../..");
    config.output = { ...config.output, path: out };
    const stats = await new Promise<webpack.Stats>((done, fail) =>
      webpack(config, (error, result) => (error || !result ? fail(error) : done(result))),
    );
    expect(stats.hasErrors()).toBe(false);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toContain("<h1>Thi Đua</h1>");
    expect(html).toMatch(/<script[^>]+src="?taskpane\.js"?>/);
    expect(html).toMatch(/<link[^>]+href="?taskpane\.css"?/);
    expect(readFileSync(join(out, "taskpane.css"), "utf8")).toContain("font-family");
    // Core is in: the template check the pane runs, and the strict JSON reader's words.
    const bundle = readFileSync(join(out, "taskpane.js"), "utf8");
    expect(bundle).toContain("Bảng chấm điểm hợp lệ");
    expect(bundle).toContain("JSON lồng quá sâu");
    // Every file the page loads before it can run: the entry's chunks.
    const initial = stats.toJson({ all: false, entrypoints: true }).entrypoints?.taskpane?.assets ?? [];
    const js = initial.map((a) => a.name).filter((name) => name.endsWith(".js"));
    expect(js).toContain("taskpane.js");
    const gzipped = js.reduce(
      (sum, name) => sum + gzipSync(readFileSync(join(out, name)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThan(150 * 1024);
  });
});
