import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initialAssets, lazyAssets } from "../../bench/paneBench";

describe("the pane bench's initial JS", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-pane-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is every .js file the entry points load, once each, measured raw and gzipped from the output directory", () => {
    writeFileSync(join(dir, "taskpane.js"), "x".repeat(10_000));
    writeFileSync(join(dir, "vendors.js"), "let a = 1;");
    writeFileSync(join(dir, "taskpane.css"), "body{}");
    const stats = {
      entrypoints: {
        taskpane: { assets: [{ name: "vendors.js" }, { name: "taskpane.js" }, { name: "taskpane.css" }] },
        commands: { assets: [{ name: "vendors.js" }] },
      },
    };
    const assets = initialAssets(stats, dir);
    expect(assets.map((a) => [a.name, a.raw])).toEqual([
      ["taskpane.js", 10_000],
      ["vendors.js", 10],
    ]);
    expect(assets[0]!.gzip).toBeLessThan(100);
  });

  it("fails when webpack lists a file the build did not write", () => {
    expect(() =>
      initialAssets({ entrypoints: { taskpane: { assets: [{ name: "missing.js" }] } } }, dir),
    ).toThrow();
  });

  it("counts a named lazy chunk apart from the initial files, never an entry point's file twice", () => {
    writeFileSync(join(dir, "taskpane.js"), "x".repeat(10_000));
    writeFileSync(join(dir, "core.js"), "y".repeat(5_000));
    const stats = {
      entrypoints: { taskpane: { assets: [{ name: "taskpane.js" }] } },
      namedChunkGroups: {
        taskpane: { assets: [{ name: "taskpane.js" }] },
        core: { assets: [{ name: "core.js" }, { name: "core.js.map" }] },
      },
    };
    expect(initialAssets(stats, dir).map((a) => a.name)).toEqual(["taskpane.js"]);
    expect(lazyAssets(stats, dir).map((a) => [a.name, a.raw])).toEqual([["core.js", 5_000]]);
  });
});
