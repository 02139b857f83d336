import type { CriterionContext } from "../criteria/criterionKind";
import { criterionKind } from "../criteria/registry";
import type { Localized } from "../i18n/localized";
import type { ScoringContext } from "../returns/awardHistory";
import type { Entry, UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { pointsForEntry } from "./scoreCriterion";

/** Scoring context plus, once the bloc is consolidated, the best quantity per relativeToBest criterion code. */
export type ScoringOptions = ScoringContext & { best?: ReadonlyMap<string, number> };

/**
 * `Fixed` points per node index for criteria and bonus/deduction items (groups stay 0), exactly the points
 * `scoreReturn` reports, without any explanation. Feed the result to `aggregatePoints`.
 */
export function criterionPoints(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx?: ScoringOptions,
): Float64Array {
  const out = new Float64Array(compiled.nodes.length);
  const contextOf = criterionContexts(compiled, ret.unitId, ctx);
  for (const node of compiled.scorable) {
    out[node.index] = pointsForEntry(node, entryFor(ret.entries, node.code), contextOf(node));
  }
  return out;
}

/** `criterionContext` for each node of one return: one context shared by every kind that does not read the best. */
export function criterionContexts(
  compiled: CompiledTemplate,
  unitId: string,
  ctx: ScoringOptions | undefined,
  awardNames?: ReadonlyMap<string, Localized>,
): (node: CompiledNode) => CriterionContext {
  const shared = criterionContext(compiled, unitId, ctx, undefined, awardNames);
  return (node) =>
    node.rule !== undefined && criterionKind(node.rule).blocBest !== undefined
      ? criterionContext(compiled, unitId, ctx, node, awardNames)
      : shared;
}

/** What `node`'s kind needs beyond the entry; `best` is the bloc's for a kind that reads it (none without a node). */
export function criterionContext(
  compiled: CompiledTemplate,
  unitId: string,
  ctx: ScoringOptions | undefined,
  node: CompiledNode | undefined,
  awardNames?: ReadonlyMap<string, Localized>,
): CriterionContext {
  const readsBest = node?.rule !== undefined && criterionKind(node.rule).blocBest !== undefined;
  return {
    rounding: compiled.template.rounding,
    year: compiled.template.identity.year,
    unitId,
    history: ctx?.history,
    best: readsBest ? bestFor(ctx, node.code) : undefined,
    awardNames,
  };
}

/** The bloc's best for `code`: undefined when scoring one return alone, null when consolidated without a value. */
function bestFor(ctx: ScoringOptions | undefined, code: string): number | null | undefined {
  if (ctx?.best === undefined) return undefined;
  return ctx.best.get(code) ?? null;
}

/** The entry typed for `code`, never an inherited property ("constructor" is a valid code). */
export function entryFor(entries: Readonly<Record<string, Entry>>, code: string): Entry | undefined {
  const entry: unknown = entries[code];
  // Object.prototype's members are functions and an entry is an object: no own-property look-up needed.
  return typeof entry === "object" && entry !== null ? (entry as Entry) : undefined;
}
