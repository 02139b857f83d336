import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDirectory } from "../../bench/paneStart";

// Raw requests: fetch would normalise "/../" away before it reaches the server.
function get(url: string, path: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("utf8")));
      res.on("end", () =>
        done({ status: res.statusCode ?? 0, body, type: String(res.headers["content-type"] ?? "") }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the pane start bench's static server", () => {
  const root = mkdtempSync(join(tmpdir(), "thidua-serve-"));
  const dir = join(root, "build");
  mkdirSync(dir);
  writeFileSync(join(dir, "taskpane.html"), "<p>Thi Đua</p>");
  writeFileSync(join(root, "secret.txt"), "outside");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("serves the build's files with their type, and nothing outside the build directory", async () => {
    const server = await serveDirectory(dir);
    try {
      expect(await get(server.url, "/taskpane.html")).toEqual({
        status: 200,
        body: "<p>Thi Đua</p>",
        type: "text/html; charset=utf-8",
      });
      expect((await get(server.url, "/../secret.txt")).status).toBe(404);
      expect((await get(server.url, "/%2e%2e/secret.txt")).status).toBe(404);
      expect((await get(server.url, "/missing.js")).status).toBe(404);
      expect((await get(server.url, "/")).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
