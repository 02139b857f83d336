import { toFixed } from "../decimal/fixed";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { entryFor } from "./criterionPoints";
import type { ReturnProblem } from "./scoreResult";
import { validateReturn } from "./validateReturn";

/** Problems that make a return unfit to set the bloc's best for any criterion (wrong table, not a member). */
const RETURN_LEVEL = new Set<ReturnProblem["type"]>([
  "fingerprint-mismatch",
  "template-mismatch",
  "unknown-unit",
]);

/**
 * `bestQuantities` from `validateAndScore`'s slots, where each relativeToBest criterion's slot holds the entry's
 * quantity (NaN without one): the bulk path of `scoreReturns`, with no second look-up of the entries.
 */
export function bestOfSlots(
  compiled: CompiledTemplate,
  slots: readonly Float64Array[],
  problems: readonly (readonly ReturnProblem[])[],
): Map<string, number> {
  return bestOver(
    compiled,
    slots.length,
    (r, node) => {
      const q = slots[r]![node.index]!;
      return Number.isNaN(q) ? undefined : q;
    },
    (r) => problems[r] ?? [],
  );
}

/**
 * The bloc's best quantity per relativeToBest criterion code (highest, or lowest when lower is better), over the
 * returns without problems on that criterion and without return-level problems. A criterion nobody answered
 * validly is absent from the map.
 */
export function bestQuantities(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  problemsOf: (ret: UnitReturn, index: number) => readonly ReturnProblem[] = (ret) =>
    validateReturn(compiled, ret),
): Map<string, number> {
  return bestOver(
    compiled,
    returns.length,
    (r, node) => entryFor(returns[r]!.entries, node.code)?.quantity,
    (r) => problemsOf(returns[r]!, r),
  );
}

/** The rule both read through: `count` returns, each one's quantity per criterion and its problems. */
function bestOver(
  compiled: CompiledTemplate,
  count: number,
  quantityOf: (r: number, node: CompiledNode) => number | undefined,
  problemsOf: (r: number) => readonly ReturnProblem[],
): Map<string, number> {
  const criteria = compiled.scorable.filter((n) => n.rule?.kind === "relativeToBest");
  const best = new Map<string, number>();
  if (criteria.length === 0) return best;
  const lower = criteria.map((n) => n.rule?.kind === "relativeToBest" && n.rule.better === "lower");
  // The best so far per criterion, in Fixed (NaN: none yet) and as given.
  const bestFixed = new Float64Array(criteria.length).fill(NaN);
  const bestGiven = new Float64Array(criteria.length);
  for (let r = 0; r < count; r++) {
    const own = problemsOf(r);
    let troubled: Set<string | undefined> | undefined;
    if (own.length > 0) {
      if (own.some((p) => RETURN_LEVEL.has(p.type))) continue;
      troubled = new Set(own.map((p) => p.code));
    }
    criteria.forEach((node, c) => {
      const q = quantityOf(r, node);
      if (q === undefined || q < 0 || troubled?.has(node.code) === true) return;
      const f = toFixed(q);
      const current = bestFixed[c]!;
      if (Number.isNaN(current) || (lower[c] ? f < current : f > current)) {
        bestFixed[c] = f;
        bestGiven[c] = q;
      }
    });
  }
  criteria.forEach((node, c) => {
    if (!Number.isNaN(bestFixed[c]!)) best.set(node.code, bestGiven[c]!);
  });
  return best;
}
