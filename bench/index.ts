// `npm run bench [name]`: runs every bench/<name>Bench.ts in turn (not part of `npm test`) and prints its tables.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { BenchTable } from "./benchTable";
import { renderBenchTable } from "./benchTable";

type BenchModule = { run?: () => BenchTable[] | Promise<BenchTable[]> };

async function runAll(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith("Bench.ts"))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  if (files.length === 0) throw new Error(`no bench named ${only}`);
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as BenchModule;
    if (typeof mod.run !== "function") throw new Error(`${file} exports no run()`);
    for (const table of await mod.run()) console.log(renderBenchTable(table));
  }
}

runAll().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
