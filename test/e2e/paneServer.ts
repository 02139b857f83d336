import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

/** Debian's Chromium, driven by playwright-core (never a downloaded browser). */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags that keep Chromium offline and quiet in a container (toolchain.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Whether the browser suite can run; in CI a missing Chromium is a failure, never a silent skip. */
export function chromiumAvailable(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.CI === "true") {
    throw new Error(
      `${CHROMIUM} không có: CI phải cài gói chromium. (Chromium is missing: CI must install it.)`,
    );
  }
  return found;
}

/** A free loopback port for the pane's dev server. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => webpack.Configuration & { devServer: WebpackDevServer.Configuration };

/** The origin the pane's dev server will have on `port` (https when the dev certificates exist), for CORS. */
export function paneOrigin(port: number): string {
  const { devServer } = makeConfig({ e2e: true, port, host: "127.0.0.1" }, { mode: "development" });
  const protocol = (devServer.server as { type?: string } | undefined)?.type === "https" ? "https" : "http";
  return `${protocol}://127.0.0.1:${port}`;
}

/**
 * Builds the pane with the test harness page (development mode, `--env e2e`, plus `env`, e.g. the API base URL) and
 * serves it with the project's dev server configuration on 127.0.0.1 and `port` (a free one by default).
 */
export async function startPaneServer(
  options: { port?: number; env?: Record<string, unknown> } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = options.port ?? (await freePort());
  const config = makeConfig({ ...options.env, e2e: true, port, host: "127.0.0.1" }, { mode: "development" });
  config.context = resolve(__dirname, "../..");
  config.devtool = false;
  config.infrastructureLogging = { level: "error" };
  const { devServer, ...rest } = config;
  const server = new WebpackDevServer(
    { ...devServer, open: false, liveReload: false, webSocketServer: false },
    webpack(rest),
  );
  await server.start();
  // The first request would otherwise wait for the first build and count it as page load time.
  await new Promise<void>((done) => server.middleware?.waitUntilValid(() => done()));
  return { url: paneOrigin(port), stop: () => server.stop() };
}
