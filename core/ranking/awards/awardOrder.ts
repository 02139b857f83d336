import type { CompiledTemplate } from "../../template/compileTemplate";

/**
 * An award's place in the bloc's order of awards, highest first: the template lists its awards that way (the
 * Government flag before the provincial flag before the certificate of merit). An award the template does not
 * list comes last.
 */
export function awardPosition(compiled: CompiledTemplate, awardId: string): number {
  const i = compiled.template.awards.findIndex((a) => a.id === awardId);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Items about awards (proposals, a unit's awards) in the bloc's order of awards, highest first; a new array. */
export function inAwardOrder<T>(
  compiled: CompiledTemplate,
  items: readonly T[],
  awardOf: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => awardPosition(compiled, awardOf(a)) - awardPosition(compiled, awardOf(b)));
}
