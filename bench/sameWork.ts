// The guard every ratio goes through: two timings are compared only when both sides did the same amount of work.

/** What one side of a comparison processed, by name: files, units, results… */
export type Work = Readonly<Record<string, number>>;

/** Why two sides are not comparable (the first count that differs), or undefined when they did the same work. */
export function workMismatch(side: Work, baseline: Work): string | undefined {
  const names = [...new Set([...Object.keys(side), ...Object.keys(baseline)])].sort();
  if (names.length === 0) return "no work counted on either side";
  for (const name of names) {
    const a = side[name];
    const b = baseline[name];
    if (a === undefined || b === undefined) return `${name} counted on one side only`;
    if (a !== b) return `${name} ${a} ≠ ${b}`;
  }
  return undefined;
}

/** `side / baseline` as "2.41×", or "refused: …" naming the count that differs; never a ratio of unequal work. */
export function ratioCell(side: { ms: number; work: Work }, baseline: { ms: number; work: Work }): string {
  const mismatch = workMismatch(side.work, baseline.work);
  if (mismatch !== undefined) return `refused: ${mismatch}`;
  if (!(baseline.ms > 0)) return "refused: baseline took no time";
  return `${(side.ms / baseline.ms).toFixed(2)}×`;
}

/** "units 15, returns 15" for a table's work column. */
export function describeWork(work: Work): string {
  return Object.entries(work)
    .map(([name, n]) => `${name} ${n.toLocaleString("en")}`)
    .join(", ");
}
