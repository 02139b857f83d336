// Writes the golden outputs (test/fixtures/golden/). Run once before a change that must keep them; never to make a
// failing golden test pass without reading the diff.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goldenDir, goldenRuns, runGolden } from "./goldenRuns";

async function write(): Promise<void> {
  mkdirSync(goldenDir, { recursive: true });
  for (const run of goldenRuns()) writeFileSync(join(goldenDir, run.name), await runGolden(run));
}

void write();
