import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import { bestOfSlots } from "./bestQuantities";
import type { ScoringOptions } from "./criterionPoints";
import type { ScoreResult } from "./scoreResult";
import { scoreValidated } from "./scoreReturn";
import { validateAndScore } from "./validateReturn";

export { bestQuantities } from "./bestQuantities";

/**
 * Scores a bloc's returns together (tổng hợp toàn khối): the best quantity of every relativeToBest criterion is
 * taken across the returns (`bestQuantities`, unless `ctx.best` is given), then each return is scored with it.
 * Results follow the order of `returns` and equal `scoreReturn`'s with that best. Each return is validated and
 * its points computed in one pass, and explanations are written only when read: 10,000 returns of a
 * 300-criterion table take well under a second.
 */
export function scoreReturns(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  ctx?: ScoringOptions,
): ScoreResult[] {
  const size = compiled.nodes.length;
  // One buffer for the bloc, a view per return: ten thousand small typed arrays cost more than one large one.
  const buffer = new ArrayBuffer(size * returns.length * Float64Array.BYTES_PER_ELEMENT);
  const points = returns.map(
    (_, i) => new Float64Array(buffer, i * size * Float64Array.BYTES_PER_ELEMENT, size),
  );
  const problems = returns.map((ret, i) => validateAndScore(compiled, ret, ctx, points[i]));
  const best = ctx?.best ?? bestOfSlots(compiled, points, problems);
  const withBest = { ...ctx, best };
  return returns.map((ret, i) => scoreValidated(compiled, ret, withBest, points[i]!, problems[i]!));
}
