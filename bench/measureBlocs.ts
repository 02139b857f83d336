// The rows the bloc and province benches share: rankBloc end to end beside the ranking baseline, where its time
// goes by stage, and scoreReturns beside the scoring baseline — each ratio behind the work-count guard.
import { rankBloc } from "../core/ranking";
import type { RankingResult } from "../core/ranking";
import { scoreReturns } from "../core/scoring";
import type { BenchBloc } from "./blocFixture";
import { STAGE_NAMES, stagesOnce } from "./blocStages";
import type { Timing } from "./measure";
import { formatTiming, timingOf } from "./measure";
import { naiveRanking, naiveScores } from "./naiveBaselines";
import type { Work } from "./sameWork";
import { describeWork, ratioCell } from "./sameWork";

export const BLOC_HEADER = ["what", "work", "median ms (min–max)", "share", "× baseline"];

/** One timed row: what, the work it did and its timing. */
export interface MeasuredRow {
  readonly what: string;
  readonly work: Work;
  readonly timing: Timing;
}

export interface BlocMeasure {
  readonly rows: string[][];
  readonly endToEnd: MeasuredRow;
  readonly problems: number;
  readonly ties: number;
}

/**
 * Times everything over every bloc given, in rounds: each round runs the ranking baseline, rankBloc, rankBloc's
 * stages in sequence, the scoring baseline and scoreReturns once each, so that all see the same machine load.
 * `warmUps` rounds are not timed, then `runs` are.
 */
export function measureBlocs(blocs: readonly BenchBloc[], runs: number, warmUps: number): BlocMeasure {
  const keys = ["naiveRank", "rankBloc", "naiveScore", "scoreReturns", ...STAGE_NAMES] as const;
  const samples = new Map<string, number[]>(keys.map((k) => [k, []]));
  let ranked: RankingResult[] = [];
  let naiveRows = 0;
  let scoredResults = 0;
  let plainResults = 0;
  let stageUnits: number[] = [];
  for (let round = 0; round < warmUps + runs; round++) {
    const timed = <T>(key: (typeof keys)[number], work: () => T): T => {
      const start = performance.now();
      const out = work();
      if (round >= warmUps) samples.get(key)!.push(performance.now() - start);
      return out;
    };
    naiveRows = timed("naiveRank", () =>
      blocs.map((b) => naiveRanking(b.compiled.template, b.returns, b.inputs)),
    ).flat().length;
    ranked = timed("rankBloc", () => blocs.map((b) => rankBloc(b.compiled, b.returns, b.inputs)));
    const stages = stagesOnce(blocs);
    if (round >= warmUps) STAGE_NAMES.forEach((name, s) => samples.get(name)!.push(stages.ms[s]!));
    stageUnits = stages.units;
    plainResults = timed("naiveScore", () =>
      blocs.map((b) => naiveScores(b.compiled.template, b.returns, b.inputs)),
    ).flat().length;
    scoredResults = timed("scoreReturns", () =>
      blocs.map((b) => scoreReturns(b.compiled, b.returns, { history: b.inputs.history?.awards })),
    ).flat().length;
  }
  const timing = (key: string) => timingOf(samples.get(key)!);
  const n = blocs.length;
  const withTotal = (units: number) => ({ blocs: n, "units with a total": units });
  const rankBaseline: MeasuredRow = {
    what: "baseline: plain per-criterion sum, reviewed points typed over, one sort",
    work: withTotal(naiveRows),
    timing: timing("naiveRank"),
  };
  const endToEnd: MeasuredRow = {
    what: "rankBloc end to end, as `thidua rank` and `consolidate` call it (input hash included)",
    work: withTotal(ranked.reduce((s, r) => s + r.units.filter((u) => u.hasReturn).length, 0)),
    timing: timing("rankBloc"),
  };
  const scoreBaseline: MeasuredRow = {
    what: "baseline: plain per-criterion sum (floats, ROUND per criterion)",
    work: { blocs: n, results: plainResults },
    timing: timing("naiveScore"),
  };
  const scoreRow: MeasuredRow = {
    what: "scoreReturns, as `thidua score` calls it (validation, best, exact points, totals)",
    work: { blocs: n, results: scoredResults },
    timing: timing("scoreReturns"),
  };

  const share = (ms: number) => `${((100 * ms) / endToEnd.timing.median).toFixed(0)} %`;
  let stagesMs = 0;
  const stageRows = STAGE_NAMES.map((name, s) => {
    const t = timing(name);
    stagesMs += t.median;
    return [`· ${name}`, describeWork({ units: stageUnits[s] ?? 0 }), formatTiming(t), share(t.median), ""];
  });
  const rest = endToEnd.timing.median - stagesMs;
  const row = (r: MeasuredRow, baseline?: MeasuredRow, shareCell = "") => [
    r.what,
    describeWork(r.work),
    formatTiming(r.timing),
    shareCell,
    baseline === undefined ? "1.00×" : ratioCell(ms(r), ms(baseline)),
  ];
  return {
    rows: [
      row(rankBaseline),
      row(endToEnd, rankBaseline, "100 %"),
      ["where the end-to-end time goes (its stages in sequence, same rounds):", "", "", "", ""],
      ...stageRows,
      [
        "· end to end − the stages' medians (problem lists, input checks, noise)",
        "",
        rest.toFixed(2),
        share(rest),
        "",
      ],
      row(scoreBaseline),
      row(scoreRow, scoreBaseline),
    ],
    endToEnd,
    problems: ranked.reduce((s, r) => s + r.problems.length, 0),
    ties: ranked.reduce((s, r) => s + r.ties.length, 0),
  };
}

function ms(r: MeasuredRow): { ms: number; work: Work } {
  return { ms: r.timing.median, work: r.work };
}
