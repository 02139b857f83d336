import { readFileSync } from "node:fs";
import { join } from "node:path";
import { goldenDir, goldenRuns, runGolden } from "./goldenRuns";

// Every example bloc and the Hà Giang 2019 worked example rank, score and print exactly as they did before the
// reshape of the core (fingerprints and input hashes included): a rewrite for clarity must not move one figure.
describe("outputs kept across the reshape", () => {
  for (const run of goldenRuns()) {
    it(`thidua ${run.argv.slice(0, 2).join(" ")} … gives the recorded ${run.name}`, async () => {
      expect(await runGolden(run)).toBe(readFileSync(join(goldenDir, run.name), "utf8"));
    });
  }
});
