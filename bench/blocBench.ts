// `npm run bench bloc`: one bloc at the domain's scale (15 units × 300 criteria, reviews, votes, a flag, history)
// ranked end to end beside a naive baseline, the stages its time goes to, and the cold first call of a command.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";
import { benchBloc } from "./blocFixture";
import type { BlocSize } from "./benchTemplate";
import { REAL_BLOC } from "./benchTemplate";
import type { ColdRun } from "./coldBloc";
import { formatTiming, timingOf } from "./measure";
import { hashedChars } from "./blocStages";
import { BLOC_HEADER, measureBlocs } from "./measureBlocs";
import { describeWork } from "./sameWork";

export interface BlocBenchOptions {
  readonly size: BlocSize;
  readonly runs: number;
  readonly warmUps: number;
  /** Fresh processes that each time the first rankBloc call (0: none). */
  readonly coldRuns: number;
}

const REAL: BlocBenchOptions = { size: REAL_BLOC, runs: 61, warmUps: 10, coldRuns: 5 };

/** Runs `bench/coldBloc.ts` in `count` fresh processes (through tsx, as `npm run bench` runs the benches). */
export function coldRuns(size: BlocSize, count: number): ColdRun[] {
  const tsx = require.resolve("tsx/cli");
  return Array.from({ length: count }, () => {
    const child = spawnSync(
      process.execPath,
      [tsx, join(__dirname, "coldBloc.ts"), String(size.units), String(size.criteria)],
      {
        encoding: "utf8",
      },
    );
    if (child.status !== 0) throw new Error(`coldBloc failed (${child.status}): ${child.stderr}`);
    return JSON.parse(child.stdout) as ColdRun;
  });
}

/** The bloc table. */
export function measureBloc(options: BlocBenchOptions = REAL): BenchTable {
  const load = loadNow();
  const bloc = benchBloc(0, options.size);
  const measured = measureBlocs([bloc], options.runs, options.warmUps);
  const cold = coldRuns(options.size, options.coldRuns);
  const coldRows =
    cold.length === 0
      ? []
      : [
          [
            `rankBloc, first call in a fresh process (${cold.length} processes)`,
            describeWork({ blocs: 1, "units with a total": Math.min(...cold.map((c) => c.units)) }),
            formatTiming(timingOf(cold.map((c) => c.firstRankMs))),
            "",
            "",
          ],
          [
            "· its second call in the same process",
            "",
            formatTiming(timingOf(cold.map((c) => c.secondRankMs))),
            "",
            "",
          ],
          [
            "· parseTemplate of the table before it, also cold",
            "",
            formatTiming(timingOf(cold.map((c) => c.parseMs))),
            "",
            "",
          ],
        ];
  const { units, criteria } = options.size;
  const sections = bloc.compiled.scorable.filter((n) => n.block === "sections").length;
  const adjustments = bloc.inputs.reviews?.adjustments.length ?? 0;
  return finishTable(
    `A bloc: ${units} units × ${criteria} criteria, ranked end to end`,
    BLOC_HEADER,
    [...measured.rows.slice(0, 2), ...coldRows, ...measured.rows.slice(2)],
    [
      `Table: ${sections} criteria in 5 sections + 5 bonus + 5 deduction items, every criterion kind; ${units} returns, ` +
        `${adjustments} review adjustments, a ballot and an election, ${bloc.inputs.eligibility?.flags.length ?? 0} flag, last year's history.`,
      `The input hash reads ≈ ${(hashedChars([bloc]) / 1024).toFixed(0)} KB of canonical JSON (the template and the returns; the year-end files add little).`,
      `Result: ${measured.problems} problems listed (missing evidence, bonus over its maximum), ${measured.ties} ties.`,
      `Warm rows: median of ${options.runs} calls after ${options.warmUps} warm-up calls, in one process. ` +
        "Cold rows: one fresh `tsx` process each; only the call itself is timed, not Node or tsx start-up.",
      "A ratio is printed only when both sides report the same work counts (blocs, units, results).",
    ],
    load,
  );
}

export function run(): BenchTable[] {
  return [measureBloc()];
}
