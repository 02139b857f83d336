import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import { bestQuantities } from "./bestQuantities";
import type { ScoringOptions } from "./criterionPoints";
import type { ScoreResult } from "./scoreResult";
import { scoreReturn } from "./scoreReturn";
import { validateReturn } from "./validateReturn";

export { bestQuantities } from "./bestQuantities";

/**
 * Scores a bloc's returns together (tổng hợp toàn khối): the best quantity of every relativeToBest criterion is
 * taken across the returns (`bestQuantities`, unless `ctx.best` is given), then each return is scored with it.
 * Results follow the order of `returns`.
 */
export function scoreReturns(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  ctx?: ScoringOptions,
): ScoreResult[] {
  const best = ctx?.best ?? bestQuantities(compiled, returns, (ret) => validateReturn(compiled, ret, ctx));
  return returns.map((ret) => scoreReturn(compiled, ret, { ...ctx, best }));
}
