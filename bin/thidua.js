#!/usr/bin/env node
// The `thidua` command: runs the TypeScript CLI through tsx (Node 20 cannot run .ts directly).
require("tsx/cjs");

// A reader that closes early (`thidua … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = require("../cli/main.ts");

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`thidua: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
