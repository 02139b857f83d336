// `npm run bench province`: a province's year-end — 60 blocs of 15 units × 300 criteria, each its own table,
// returns and year-end files — parsed and ranked end to end, beside the same naive baselines as the bloc bench.
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";
import { benchBloc } from "./blocFixture";
import type { BlocSize } from "./benchTemplate";
import { REAL_BLOC, benchTemplate } from "./benchTemplate";
import { formatTiming, timeWarm } from "./measure";
import { BLOC_HEADER, measureBlocs } from "./measureBlocs";
import { describeWork } from "./sameWork";
import { parseTemplate } from "../core/template";

export interface ProvinceBenchOptions {
  readonly blocs: number;
  readonly size: BlocSize;
  readonly runs: number;
  readonly warmUps: number;
}

const REAL: ProvinceBenchOptions = { blocs: 60, size: REAL_BLOC, runs: 7, warmUps: 1 };

/** The province table. */
export function measureProvince(options: ProvinceBenchOptions = REAL): BenchTable {
  const load = loadNow();
  const blocs = Array.from({ length: options.blocs }, (_, i) => benchBloc(i, options.size));
  const inputs = blocs.map((b) => benchTemplate(b.compiled.template.id, options.size));
  // What `thidua rank` does before ranking, once per bloc: parse, check and compile the table (fingerprint included).
  const parsed = timeWarm(
    options.runs,
    options.warmUps,
    () => inputs.filter((t) => parseTemplate(t).ok).length,
  );
  const measured = measureBlocs(blocs, options.runs, options.warmUps);
  const { units, criteria } = options.size;
  const perBloc = measured.endToEnd.timing.median / options.blocs;
  return finishTable(
    `A province: ${options.blocs} blocs of ${units} units × ${criteria} criteria`,
    BLOC_HEADER,
    [
      [
        "parseTemplate of every bloc's table (checks, compile, fingerprint)",
        describeWork({ blocs: parsed.last }),
        formatTiming(parsed.timing),
        "",
        "",
      ],
      ...measured.rows,
    ],
    [
      `Each bloc has its own table id, members, returns and year-end files (seeded); ${measured.problems} problems listed, ${measured.ties} ties in all.`,
      `rankBloc per bloc: ${perBloc.toFixed(2)} ms on average within the province run.`,
      `Median of ${options.runs} runs over all ${options.blocs} blocs after ${options.warmUps} warm-up run(s), in one process.`,
    ],
    load,
  );
}

export function run(): BenchTable[] {
  return [measureProvince()];
}
