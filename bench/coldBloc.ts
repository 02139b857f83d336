// Run in a fresh process by the bloc bench (`tsx bench/coldBloc.ts UNITS CRITERIA`): times what a command pays the
// first time, before V8 has optimised anything — parsing the table, then the first `rankBloc` — and prints JSON.
import { rankBloc } from "../core/ranking";
import { parseTemplate } from "../core/template";
import { benchTemplate } from "./benchTemplate";
import { benchInputs, randomReturns } from "./blocFixture";

/** What one fresh process measured. */
export interface ColdRun {
  readonly parseMs: number;
  readonly firstRankMs: number;
  readonly secondRankMs: number;
  readonly units: number;
}

function main(): void {
  const [units = NaN, criteria = NaN] = process.argv.slice(2).map(Number);
  const input = benchTemplate("khoi-1", { units, criteria });
  const t0 = performance.now();
  const parsed = parseTemplate(input);
  const parseMs = performance.now() - t0;
  if (!parsed.ok) throw new Error("bench table invalid");
  const compiled = parsed.compiled;
  const returns = randomReturns(compiled, 20221205);
  const inputs = benchInputs(compiled, 20191215);
  const t1 = performance.now();
  const first = rankBloc(compiled, returns, inputs);
  const firstRankMs = performance.now() - t1;
  const t2 = performance.now();
  rankBloc(compiled, returns, inputs);
  const secondRankMs = performance.now() - t2;
  const run: ColdRun = { parseMs, firstRankMs, secondRankMs, units: first.units.length };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main();
