import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import { bestQuantities } from "./bestQuantities";
import type { ScoringOptions } from "./criterionPoints";
import type { ScoreResult } from "./scoreResult";
import { scoreValidated } from "./scoreReturn";
import { validateReturn } from "./validateReturn";

export { bestQuantities } from "./bestQuantities";

/**
 * Scores a bloc's returns together (tổng hợp toàn khối): each return is validated once, the best quantity of
 * every relativeToBest criterion is taken across the returns (`bestQuantities`, unless `ctx.best` is given), then
 * each return is scored with it. Results follow the order of `returns` and equal `scoreReturn`'s with that best.
 */
export function scoreReturns(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  ctx?: ScoringOptions,
): ScoreResult[] {
  const problems = returns.map((ret) => validateReturn(compiled, ret, ctx));
  const best = ctx?.best ?? bestQuantities(compiled, returns, (_ret, i) => problems[i]!);
  const withBest = { ...ctx, best };
  return returns.map((ret, i) => scoreValidated(compiled, ret, withBest, problems[i]!));
}
