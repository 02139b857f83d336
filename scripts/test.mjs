// `npm test`: format, lint, type-check, then every jest suite; ends with the plain "N passed, N failed" line CI reads.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const resultsFile = ".test-results.json";
const steps = [
  ["format", "npx", ["prettier", "--check", "--log-level", "warn", "."]],
  ["lint", "npx", ["eslint", "--max-warnings", "0", "."]],
  ["types", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]],
  ["types (task pane)", "npx", ["tsc", "-p", "src-taskpane/tsconfig.json", "--noEmit"]],
];

let failedSteps = 0;
for (const [name, cmd, args] of steps) {
  const run = spawnSync(cmd, args, { stdio: "inherit" });
  console.log(`${run.status === 0 ? "ok  " : "FAIL"} ${name}`);
  if (run.status !== 0) failedSteps += 1;
}

rmSync(resultsFile, { force: true });
const jest = spawnSync("npx", ["jest", "--json", "--outputFile", resultsFile, ...process.argv.slice(2)], {
  stdio: "inherit",
});
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, "utf8"));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
} catch {
  failed += 1;
  console.error("jest wrote no results");
}
failed += failedSteps;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && jest.status === 0 ? 0 : 1);
