// The stages inside `rankBloc`, to show where its end-to-end time goes. The only module of the benches that reaches
// behind a front door (`rankScoreTable`, `rankingInputHash` are not exported to adapters): if the core reshape moves
// them, this file is the one place to follow.
import { canonicalJson } from "../core/hash/canonicalJson";
import { rankingInputHash } from "../core/ranking/rankingInputHash";
import { rankScoreTable } from "../core/ranking/rankScoreTable";
import { selfScores, usableReturns } from "../core/ranking";
import type { BenchBloc } from "./blocFixture";

export const STAGE_NAMES = [
  "validate the returns (usableReturns)",
  "score them (selfScores: best, points, totals)",
  "rank (rankScoreTable: reviews, gates, order, ties, quotas, stability)",
  "input hash (rankingInputHash: canonical JSON + SHA-256)",
] as const;

/** Milliseconds of each stage for every bloc given, run in sequence as `rankBloc` runs them, and the units handled. */
export function stagesOnce(blocs: readonly BenchBloc[]): { ms: number[]; units: number[] } {
  const ms = STAGE_NAMES.map(() => 0);
  const units = STAGE_NAMES.map(() => 0);
  const timed = <T>(stage: number, work: () => T, count: (t: T) => number): T => {
    const start = performance.now();
    const out = work();
    ms[stage]! += performance.now() - start;
    units[stage]! += count(out);
    return out;
  };
  for (const b of blocs) {
    const usable = timed(
      0,
      () => usableReturns(b.compiled, b.returns, b.inputs),
      (u) => u.returns.length,
    );
    const table = timed(
      1,
      () => selfScores(b.compiled, usable.returns, usable.problemsByReturn, b.inputs),
      (t) => t.length,
    );
    timed(
      2,
      () => rankScoreTable(b.compiled, table, b.inputs),
      (r) => r.units.length,
    );
    timed(
      3,
      () => rankingInputHash(b.compiled.template, b.returns, b.inputs),
      () => b.returns.length,
    );
  }
  return { ms, units };
}

/** About how many characters of canonical JSON the input hash reads for these blocs (template and returns). */
export function hashedChars(blocs: readonly BenchBloc[]): number {
  return blocs.reduce(
    (n, b) =>
      n +
      canonicalJson(b.compiled.template).length +
      b.returns.reduce((m, r) => m + canonicalJson(r).length, 0),
    0,
  );
}
