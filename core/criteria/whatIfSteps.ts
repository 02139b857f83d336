import type { Fixed } from "../decimal/fixed";

/** At most this many values per row: a what-if never loops on a tiny step over a large maximum. */
const LIMIT = 100_000;

/** current + step, + 2 × step, … up to `high` (the last one capped at it), nearest first. */
export function stepsUp(current: Fixed, step: Fixed, high: Fixed): Fixed[] {
  const out: Fixed[] = [];
  for (let v = current + step; v < high + step && out.length < LIMIT; v += step) out.push(Math.min(v, high));
  return out;
}

/** current − step, − 2 × step, … down to 0 (the last one floored at it), nearest first: a deduction going down. */
export function stepsDown(current: Fixed, step: Fixed): Fixed[] {
  const out: Fixed[] = [];
  for (let v = current - step; v > -step && out.length < LIMIT; v -= step) out.push(Math.max(v, 0));
  return out;
}

/** Up to the standard by `under` per step, then to the maximum by `over` per step (percent of target in whole steps). */
export function stepsThroughStandard(
  current: Fixed,
  standard: Fixed,
  max: Fixed,
  under: Fixed,
  over: Fixed,
): Fixed[] {
  const out: Fixed[] = [];
  let v = current;
  while (v < standard && under > 0 && out.length < LIMIT) out.push((v = Math.min(v + under, standard)));
  if (v < standard) out.push((v = standard));
  while (v < max && over > 0 && out.length < LIMIT) out.push((v = Math.min(v + over, max)));
  return out;
}
