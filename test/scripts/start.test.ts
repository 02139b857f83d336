import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../helpers/azurite";

const root = resolve(__dirname, "..", "..");

/** Every process below `pid` (Linux /proc), with its command line. */
function descendants(pid: number): { pid: number; cmd: string }[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: { pid: number; cmd: string }[] = [];
  const walk = (p: number) => {
    for (const child of parents.get(p) ?? []) {
      let cmd = "";
      try {
        cmd = readFileSync(`/proc/${child}/cmdline`, "utf8").replaceAll("\0", " ");
      } catch {
        // gone already
      }
      found.push({ pid: child, cmd });
      walk(child);
    }
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    // A zombie still answers signal 0; its state letter says it is gone.
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

// `npm start` as a newcomer runs it: the back end and the pane's dev server come up together, the pane is built
// with that back end's URL, the guide is printed, and Ctrl-C leaves nothing running.
describe("npm start (scripts/start.mjs)", () => {
  const data = mkdtempSync(join(tmpdir(), "thidua-start-"));
  // No certificates here: the dev server serves http, and the guide says how to get https.
  const certs = mkdtempSync(join(tmpdir(), "thidua-nocerts-"));
  afterAll(() => {
    rmSync(data, { recursive: true, force: true });
    rmSync(certs, { recursive: true, force: true });
  });

  it("When started on free ports, then the API and the pane answer, the guide is printed, and SIGINT stops every child", async () => {
    const [apiPort, panePort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ["scripts/start.mjs", "--port", String(apiPort), "--data", data], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, THIDUA_PANE_PORT: String(panePort), THIDUA_CERT_DIR: certs },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const pane = `http://localhost:${panePort}`;
    let started: { pid: number; cmd: string }[] = [];
    try {
      await new Promise<void>((ready, fail) => {
        const timer = setInterval(() => {
          if (output.includes("Ctrl-C")) {
            clearInterval(timer);
            ready();
          }
        }, 100);
        void exited.then((code) => {
          clearInterval(timer);
          fail(new Error(`npm start exited ${code} before it was ready:\n${output}`));
        });
      });
      started = descendants(child.pid!);
      expect(started.some((p) => p.cmd.includes("out/functions/local.js"))).toBe(true);
      expect(started.some((p) => p.cmd.includes("azurite"))).toBe(true);

      expect(output).toContain(`${pane}/taskpane.html`);
      expect(output).toContain("Upload My Add-in");
      expect(output).toContain("Trusted Add-in Catalogs");
      expect(output).toContain("Documents/wef/");
      expect(output).toContain("npm run pane:certs");
      expect(output).toContain("Đăng nhập Microsoft: tắt");
      const keys = JSON.parse(readFileSync(join(data, "local-keys.json"), "utf8")) as {
        role: string;
        key: string;
      }[];
      expect(output).toContain(keys.find((k) => k.role === "board")!.key);
      expect(output).toContain(keys.find((k) => k.role === "leader")!.key);

      const api = `http://127.0.0.1:${apiPort}/api`;
      expect((await fetch(`${api}/health`)).status).toBe(200);
      const page = await fetch(`${pane}/taskpane.html`);
      expect(page.status).toBe(200);
      // The pane was built with this back end's URL, and the back end accepts calls from the pane's origin.
      expect(await (await fetch(`${pane}/taskpane.js`)).text()).toContain(JSON.stringify(api));
      const preflight = await fetch(`${api}/me`, {
        method: "OPTIONS",
        headers: { origin: pane, "access-control-request-method": "GET" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBe(pane);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    const deadline = Date.now() + 10_000;
    while (started.some((p) => alive(p.pid)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(started.filter((p) => alive(p.pid))).toEqual([]);
    await expect(fetch(`${pane}/taskpane.html`)).rejects.toThrow();
  }, 180_000);

  it("When the pane's port is taken, then it says so and starts nothing", async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, "localhost", done));
    const taken = (busy.address() as AddressInfo).port;
    try {
      const run = spawnSync(
        process.execPath,
        [
          "scripts/start.mjs",
          "--port",
          String(await freePort()),
          "--pane-port",
          String(taken),
          "--data",
          data,
        ],
        {
          cwd: root,
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`Cổng ${taken} đang bận`);
      expect(run.stdout).not.toContain("API:");
    } finally {
      await new Promise((done) => busy.close(done));
    }
  });
});
