// The pane's start in Debian's Chromium: the production build served from a directory, time from navigation start to
// interactive (the sample tables offered in the picker), each run in a fresh browser context (nothing cached),
// beside a plain baseline in the same run: a page that loads only office.js and writes five options.
import { createReadStream, existsSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import type { Timing } from "./measure";
import { timingOf } from "./measure";

declare const document: { querySelectorAll(selector: string): { length: number } };
declare const performance: { now(): number };

export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_CDN = `${OFFICE_HOSTED}office.js`;
const OFFICE_DIST = join(__dirname, "../node_modules/@microsoft/office-js/dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
};

/** The baseline page: office.js and five options written by an inline script, nothing of ours. */
export const BASELINE_HTML = `<!doctype html><html lang="vi"><head><meta charset="UTF-8" />
<script src="${OFFICE_JS_CDN}"></script></head><body><select id="table"></select><script>
Office.onReady(function () { var s = document.getElementById("table");
for (var i = 0; i < 5; i++) { var o = document.createElement("option"); o.textContent = "Bảng " + i; s.appendChild(o); } });
</script></body></html>`;

/** Serves `dir` over plain http on a loopback port (GET only, no path outside `dir`). */
export async function serveDirectory(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = normalize(dir) + sep;
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent((req.url ?? "/").split("?")[0]!)));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Milliseconds from navigation start until the page offers more than one table, in a fresh context. */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "vi-VN" });
  try {
    // The CDN is out of reach here (and would measure the network): office.js and the files it loads next to
    // itself come from the npm package (the same files the CDN hosts).
    await context.route(`${OFFICE_HOSTED}**`, (route) => {
      const file = join(OFFICE_DIST, new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length));
      return existsSync(file) && statSync(file).isFile()
        ? route.fulfill({ path: file, contentType: "text/javascript" })
        : route.fulfill({ status: 404 });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll("#table option").length > 1, undefined, {
      timeout: 30_000,
    });
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}

/** Time to interactive of the built pane in `buildDir` and of the baseline page, `runs` cold loads each, interleaved. */
export async function measurePaneStart(
  buildDir: string,
  runs: number,
): Promise<{ pane: Timing; baseline: Timing }> {
  writeFileSync(join(buildDir, "baseline.html"), BASELINE_HTML);
  const server = await serveDirectory(buildDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const pane: number[] = [];
    const baseline: number[] = [];
    // One warm-up of each (the browser's own start-up), then the runs alternate so load hits both alike.
    await timeToInteractive(browser, `${server.url}/taskpane.html`);
    await timeToInteractive(browser, `${server.url}/baseline.html`);
    for (let i = 0; i < runs; i++) {
      pane.push(await timeToInteractive(browser, `${server.url}/taskpane.html`));
      baseline.push(await timeToInteractive(browser, `${server.url}/baseline.html`));
    }
    return { pane: timingOf(pane), baseline: timingOf(baseline) };
  } finally {
    await browser.close();
    await server.close();
  }
}
