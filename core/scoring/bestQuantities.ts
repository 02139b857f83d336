import { toFixed } from "../decimal/fixed";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
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
  const criteria = compiled.scorable.filter((n) => n.rule?.kind === "relativeToBest");
  const best = new Map<string, number>();
  if (criteria.length === 0) return best;
  returns.forEach((ret, index) => {
    const problems = problemsOf(ret, index);
    if (problems.some((p) => RETURN_LEVEL.has(p.type))) return;
    const troubled = new Set(problems.map((p) => p.code));
    for (const node of criteria) {
      if (troubled.has(node.code)) continue;
      const q = entryFor(ret.entries, node.code)?.quantity;
      if (q === undefined || q < 0) continue;
      const current = best.get(node.code);
      const lower = node.rule?.kind === "relativeToBest" && node.rule.better === "lower";
      if (current === undefined || (lower ? toFixed(q) < toFixed(current) : toFixed(q) > toFixed(current))) {
        best.set(node.code, q);
      }
    }
  });
  return best;
}
