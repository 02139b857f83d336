// `npm run bench`: runs every bench/*Bench.ts in turn (not part of `npm test`). Each prints its own table.
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function runAll(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith("Bench.ts"))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { run?: () => Promise<void> | void };
    if (typeof mod.run !== "function") throw new Error(`${file} exports no run()`);
    console.log(`\n## ${file.replace(/Bench\.ts$/, "")}`);
    await mod.run();
  }
}

runAll().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
