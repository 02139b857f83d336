// `npm start -- [--port N] [--pane-port N] [--data DIR]`: the back end of `npm run api` (Azurite and the local host,
// sample blocs seeded) and the pane's dev server together, the pane built with that back end's URL, then how to
// sideload manifest.xml and the sample keys (scripts/startGuide.mjs). Ctrl-C stops everything it started.
// Ports also from THIDUA_API_PORT / THIDUA_PANE_PORT; the pane's Entra settings from THIDUA_ENTRA_* (docs/taskpane.md).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { buildFunctionsBundles } from "./functionsBundle.mjs";
import { startGuide } from "./startGuide.mjs";

const require = createRequire(import.meta.url);
const makeConfig = require("../webpack.config.js");

const { values } = parseArgs({
  options: { port: { type: "string" }, "pane-port": { type: "string" }, data: { type: "string" } },
});
const apiPort = values.port ?? process.env.THIDUA_API_PORT ?? "7071";
const panePort = values["pane-port"] ?? process.env.THIDUA_PANE_PORT ?? "3000";
const dataDir = resolve(values.data ?? "out/api-data");
for (const [name, port] of [
  ["--port", apiPort],
  ["--pane-port", panePort],
]) {
  const n = Number(port);
  if (!(Number.isInteger(n) && n > 0 && n < 65536)) {
    console.error(`${name}: cần một số cổng 1–65535 / a port number 1–65535, got "${port}"`);
    process.exit(2);
  }
}

/** Whether `port` can be listened on at `host` (checked before anything starts, so nothing is left half up). */
const portFree = (port, host) =>
  new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(Number(port), host, () => probe.close(() => done(true)));
  });
for (const [port, host, what] of [
  [apiPort, "127.0.0.1", "API (--port)"],
  [panePort, "localhost", "ngăn tác vụ / pane (--pane-port)"],
]) {
  if (!(await portFree(port, host))) {
    console.error(
      `Cổng ${port} đang bận: chọn cổng khác cho ${what}. (Port ${port} is in use: choose another one for ${what}.)`,
    );
    process.exit(2);
  }
}

// The dev server's protocol is decided by the certificates (https when `npm run pane:certs` made them).
const paneConfig = (env) => makeConfig(env, { mode: "development" });
const protocol = paneConfig({ port: panePort }).devServer.server.type === "https" ? "https" : "http";
const paneOrigins = [`${protocol}://localhost:${panePort}`, `${protocol}://127.0.0.1:${panePort}`];

let api;
let pane;
let stopping = false;

/** Stops the pane's server and the back end (which stops its Azurite), then exits with `code`. */
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  await pane?.stop().catch(() => undefined);
  if (api && api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((done) => api.once("exit", done));
    api.kill("SIGINT");
    await exited;
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stopAll(0));
// A failure outside the awaited steps (a server's "error" event) still stops what was started.
process.on("uncaughtException", (error) => {
  console.error(error);
  void stopAll(1);
});
// A crash of this script must not leave the back end running (it has its own process group, below).
process.on("exit", () => api?.kill("SIGINT"));

/** Starts the back end and resolves with its URL once it printed it. */
async function startApi() {
  await buildFunctionsBundles();
  // Its own process group: Ctrl-C reaches this script only, which stops the back end once and in order.
  api = spawn(
    process.execPath,
    ["--enable-source-maps", "out/functions/local.js", "--port", apiPort, "--data", dataDir],
    {
      detached: true,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, THIDUA_CORS_ORIGINS: paneOrigins.join(",") },
    },
  );
  return new Promise((ready, fail) => {
    let output = "";
    api.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const url = /API: (http:\/\/\S+)\/api/.exec(output)?.[1];
      if (url) ready(url);
    });
    api.once("exit", (code) => {
      fail(new Error(`Máy chủ API dừng (mã ${code}) / the API stopped (code ${code}):\n${output}`));
      if (!stopping) void stopAll(code || 1);
    });
  });
}

/** Builds the pane with the back end's URL and serves it; resolves once the first build is served. */
async function startPane(apiUrl) {
  const config = paneConfig({
    port: panePort,
    apiBaseUrl: `${apiUrl}/api`,
    publicUrl: `https://localhost:${panePort}`,
  });
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";
  const { devServer, ...rest } = config;
  const server = new WebpackDevServer({ ...devServer, open: false }, webpack(rest));
  await server.start();
  await new Promise((done) => server.middleware.waitUntilValid(() => done()));
  return server;
}

try {
  const apiUrl = await startApi();
  pane = await startPane(apiUrl);
  const keysFile = join(dataDir, "local-keys.json");
  const keys = existsSync(keysFile) ? JSON.parse(readFileSync(keysFile, "utf8")) : [];
  // The pane's build read the same setting (scripts/webpack/paneBuild.js): the guide says whether the button shows.
  const entraClientId = process.env.THIDUA_ENTRA_CLIENT_ID;
  const https = protocol === "https";
  console.log(startGuide({ apiUrl, paneOrigin: paneOrigins[0], https, keys, keysFile, entraClientId }));
} catch (error) {
  console.error(error);
  await stopAll(1);
}
