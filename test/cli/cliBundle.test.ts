import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const root = resolve(__dirname, "..", "..");
const run = promisify(execFile);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS
const cliBundle = require("../../scripts/cliBundle.cjs") as {
  bundle: string;
  freshBundle(): string;
  isStale(target: string, sources: string[]): boolean;
};

describe("the CLI bundle", () => {
  it("runs --help and rank as plain JS without loading ExcelJS or JSZip", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-bundle-"));
    const probe = join(dir, "probe.cjs");
    // Requires the bundle as bin/thidua.js does, and lists the workbook packages Node loaded by the time it exits.
    writeFileSync(
      probe,
      `process.on("exit", () => {
        const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](exceljs|jszip)[\\\\/]/.test(k));
        process.stderr.write("loaded:" + loaded.length + "\\n");
      });
      require(${JSON.stringify(cliBundle.bundle)}).run();\n`,
    );
    cliBundle.freshBundle();
    const help = await run(process.execPath, [probe, "--help"], { cwd: root });
    expect(help.stdout).toContain("thidua — chấm điểm, xếp hạng và khen thưởng khối thi đua");
    expect(help.stderr).toBe("loaded:0\n");
    const T = "templates/ha-giang-khoi-noi-chinh-2022.json";
    const E = "examples";
    const returns = `${E}/returns/ha-giang-khoi-noi-chinh-2022`;
    const history = `${E}/history/ha-giang-khoi-noi-chinh-2022.json`;
    const rank = await run(
      process.execPath,
      [probe, "rank", T, "--returns", returns, "--history", history, "--json"],
      { cwd: root },
    );
    expect(rank.stderr).toBe("loaded:0\n");
    expect((JSON.parse(rank.stdout) as { result: { units: unknown[] } }).result.units).toHaveLength(8);
    // The probe does see them when a command writes workbooks.
    const workbook = await run(
      process.execPath,
      [probe, "workbook", T, "--all", "--history", history, "-o", join(dir, "out")],
      { cwd: root },
    );
    expect(workbook.stderr).toMatch(/^loaded:[1-9]\d*\n$/);
  });

  it("counts as stale when missing or older than any source file, even deep in a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-stale-"));
    const built = join(dir, "thidua.cjs");
    const deep = join(dir, "src", "a", "b");
    mkdirSync(deep, { recursive: true });
    const source = join(deep, "x.ts");
    writeFileSync(source, "");
    expect(cliBundle.isStale(built, [join(dir, "src")])).toBe(true);
    writeFileSync(built, "");
    const past = new Date(Date.now() - 60_000);
    for (const path of [source, deep, join(dir, "src", "a"), join(dir, "src")]) utimesSync(path, past, past);
    expect(cliBundle.isStale(built, [join(dir, "src")])).toBe(false);
    utimesSync(source, new Date(), new Date(Date.now() + 1000));
    expect(cliBundle.isStale(built, [join(dir, "src")])).toBe(true);
  });
});
