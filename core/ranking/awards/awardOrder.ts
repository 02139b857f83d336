import type { CompiledTemplate } from "../../template/compileTemplate";
import type { AwardPolicy, RankingPolicy } from "../../template/rankingPolicySchema";

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

/** The policy's awards in processing order: a prerequisite before the award that needs it, otherwise the template's order. */
export function awardProcessingOrder(compiled: CompiledTemplate, policy: RankingPolicy): AwardPolicy[] {
  const pending = inAwardOrder(compiled, policy.awards, (a) => a.award);
  const done = new Set<string>();
  const out: AwardPolicy[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((a) => a.requires === undefined || done.has(a.requires));
    // A cycle or a missing prerequisite is a template problem; take the rest in order rather than loop forever.
    const next = pending.splice(i < 0 ? 0 : i, 1)[0]!;
    done.add(next.award);
    out.push(next);
  }
  return out;
}
