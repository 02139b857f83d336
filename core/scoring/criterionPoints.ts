import type { Localized } from "../i18n/localized";
import type { ScoringContext } from "../returns/awardHistory";
import type { Entry, UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { CriterionContext } from "./criterionContext";
import { pointsForEntry } from "./pointsForEntry";

// Bound once: transpiled (CommonJS / webpack) code reads a named import through a getter at every call.
const points = pointsForEntry;

/** Scoring context plus, once the bloc is consolidated, the best quantity per relativeToBest criterion code. */
export type ScoringOptions = ScoringContext & { best?: ReadonlyMap<string, number> };

/**
 * Fast path: `Fixed` points per node index for criteria and bonus/deduction items (groups stay 0), exactly the
 * points `scoreReturn` reports, without building any explanation. Feed the result to `aggregatePoints`.
 */
export function criterionPoints(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx?: ScoringOptions,
): Float64Array {
  const out = new Float64Array(compiled.nodes.length);
  const context = criterionContext(compiled, ret.unitId, ctx);
  const entries = ret.entries;
  for (const node of compiled.scorable) {
    if (node.rule!.kind === "relativeToBest") context.best = bestFor(ctx, node.code);
    out[node.index] = points(node, entryFor(entries, node.code), context);
  }
  return out;
}

/** The context one return's criteria share; `best` is set per relativeToBest criterion. */
export function criterionContext(
  compiled: CompiledTemplate,
  unitId: string,
  ctx: ScoringOptions | undefined,
  awardNames?: ReadonlyMap<string, Localized>,
): CriterionContext {
  return {
    rounding: compiled.template.rounding,
    year: compiled.template.identity.year,
    unitId,
    history: ctx?.history,
    best: undefined,
    awardNames,
  };
}

/** The bloc's best for `code`: undefined when scoring one return alone, null when consolidated without a value. */
export function bestFor(ctx: ScoringOptions | undefined, code: string): number | null | undefined {
  if (ctx?.best === undefined) return undefined;
  return ctx.best.get(code) ?? null;
}

/** The entry typed for `code`, never an inherited property ("constructor" is a valid code). */
export function entryFor(entries: Readonly<Record<string, Entry>>, code: string): Entry | undefined {
  const entry: unknown = entries[code];
  // Object.prototype's members are functions, an entry is an object: no hasOwnProperty call needed
  return typeof entry === "object" ? (entry as Entry) : undefined;
}
