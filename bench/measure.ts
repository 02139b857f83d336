// Timing helpers shared by the benches: every figure is a median with its spread, never a single run.

/** Times of one measured piece of work, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** The median, minimum and maximum of some samples (at least one). */
export function timingOf(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error("timingOf: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Runs `work` `warmUps` times untimed (JIT, caches), then `runs` times timed; the last result is returned. */
export function timeWarm<T>(runs: number, warmUps: number, work: () => T): { timing: Timing; last: T } {
  let last = work();
  for (let i = 1; i < warmUps; i++) last = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = work();
    samples.push(performance.now() - start);
  }
  return { timing: timingOf(samples), last };
}

/** The same for asynchronous work (no warm-up: each run is a whole job such as a build or a batch of files). */
export async function timeAsync<T>(
  runs: number,
  work: () => Promise<T>,
): Promise<{ timing: Timing; last: T }> {
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await work();
    samples.push(performance.now() - start);
  }
  return { timing: timingOf(samples), last: last as T };
}

/** "12.3" for a median, "12.3 (11.9–14.0)" with its spread when there was more than one run. */
export function formatTiming(t: Timing): string {
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(2));
  return t.runs > 1 ? `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})` : ms(t.median);
}
