import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../../webpack.config.js") as (
  env: unknown,
  argv: { mode: string },
) => webpack.Configuration;

describe("the task pane build", () => {
  const out = mkdtempSync(join(tmpdir(), "thidua-pane-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("bundles the pane into taskpane.html and taskpane.js, small enough to load fast", async () => {
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
    expect(statSync(join(out, "taskpane.js")).size).toBeLessThan(300_000);
  });
});
