// `npm run api -- [--port N] [--data DIR]` (and `npm start`): bundles the Functions app with esbuild into out/functions/ (the production
// bundle out/functions/index.js and the local runner out/functions/local.js), then runs the local API: Azurite and
// the local host on loopback ports, sample blocs seeded when storage is empty. Ctrl-C stops everything it started.
import { spawn } from "node:child_process";
import { buildFunctionsBundles } from "./functionsBundle.mjs";

await buildFunctionsBundles();

const child = spawn(
  process.execPath,
  ["--enable-source-maps", "out/functions/local.js", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
// Ctrl-C reaches the child through the terminal's process group; the child stops Azurite and the host, then exits.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
