import { isRefusedReturn } from "./entrySeverity";
import { criterionKind } from "../criteria/registry";
import { toFixed } from "../decimal/fixed";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import { entryFor } from "./criterionPoints";
import type { ReturnProblem } from "./scoreResult";
import { validateReturn } from "./validateReturn";

/**
 * The bloc's best quantity per criterion whose kind reads it (relativeToBest: the highest, or the lowest when
 * lower is better), over the returns without problems on that criterion and not refused (`isRefusedReturn`). A
 * criterion nobody answered validly is absent from the map.
 */
export function bestQuantities(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  problemsOf: (ret: UnitReturn, index: number) => readonly ReturnProblem[] = (ret) =>
    validateReturn(compiled, ret),
): Map<string, number> {
  const criteria = compiled.scorable.filter((n) => criterionKind(n.rule!).blocBest !== undefined);
  const best = new Map<string, number>();
  if (criteria.length === 0) return best;
  const usable = returns.map((ret, r) => {
    const own = problemsOf(ret, r);
    return isRefusedReturn(own) ? undefined : new Set(own.map((p) => p.code));
  });
  for (const node of criteria) {
    const rule = node.rule!;
    const bloc = criterionKind(rule).blocBest!;
    const lower = bloc.lowerIsBetter(rule);
    let found: { fixed: number; given: number } | undefined;
    returns.forEach((ret, r) => {
      const troubled = usable[r];
      const entry = entryFor(ret.entries, node.code);
      if (troubled === undefined || troubled.has(node.code) || entry === undefined) return;
      const q = bloc.quantity(entry);
      if (q === undefined || q < 0) return;
      const fixed = toFixed(q);
      if (found === undefined || (lower ? fixed < found.fixed : fixed > found.fixed))
        found = { fixed, given: q };
    });
    if (found !== undefined) best.set(node.code, found.given);
  }
  return best;
}
