import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../helpers/azurite";

const root = resolve(__dirname, "..", "..");

// `npm run api` as a newcomer runs it: esbuild bundles the app (the bundle must load: a dependency esbuild cannot
// follow only shows here), Azurite and the local host start, the sample blocs are seeded, and Ctrl-C stops it all.
describe("npm run api (scripts/api.mjs)", () => {
  const data = mkdtempSync(join(tmpdir(), "thidua-api-"));
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it("When started on a free port, then it answers /api/health, writes the sample blocs' keys and stops on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["scripts/api.mjs", "--port", String(port), "--data", data], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    try {
      await new Promise<void>((ready, fail) => {
        const timer = setInterval(() => {
          if (output.includes(`http://127.0.0.1:${port}/api`)) {
            clearInterval(timer);
            ready();
          }
        }, 100);
        void exited.then((code) => {
          clearInterval(timer);
          fail(new Error(`npm run api exited ${code} before it was ready:\n${output}`));
        });
      });
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { status: string }).status).toBe("ok");
      const keys = JSON.parse(readFileSync(join(data, "local-keys.json"), "utf8")) as {
        role: string;
        blocId: string;
      }[];
      expect(keys.filter((k) => k.role === "board")).toHaveLength(1);
      expect(new Set(keys.filter((k) => k.role === "member").map((k) => k.blocId)).size).toBe(4);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 120_000);

  it("When Entra ID is turned on without its tenants and audience, then it refuses to start and names the settings", () => {
    const run = spawnSync(process.execPath, ["out/functions/local.js", "--data", data], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ENTRA_ENABLED: "true" },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cấu hình đăng nhập Microsoft Entra ID không hợp lệ/);
    expect(run.stderr).toMatch(/ENTRA_TENANT_IDS/);
  });

  it("When the production bundle is loaded by a fresh Node, then it registers the functions without an error", () => {
    // Built by the test above (out/functions/index.js); the Functions host provides @azure/functions-core.
    const run = spawnSync(
      process.execPath,
      ["-e", `require(${JSON.stringify(join(root, "out/functions/index.js"))})`],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(run.stderr).not.toMatch(/Error|Cannot find module/);
    expect(run.status).toBe(0);
  });
});
