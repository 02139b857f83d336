import { criterionKind } from "../criteria/registry";
import { fromFixed } from "../decimal/fixed";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { describeRounding } from "../template/describeRounding";
import { aggregatePoints } from "./aggregatePoints";
import type { ScoringOptions } from "./criterionPoints";
import { criterionContexts, criterionPoints, entryFor } from "./criterionPoints";
import { explainBlock, explainGroup, explainTotal } from "./explainTotals";
import { scoreCriterion } from "./scoreCriterion";
import type { NodeScore, ReturnProblem, ScoreResult } from "./scoreResult";
import { validateReturn } from "./validateReturn";

/**
 * Scores one unit's return in full: every node's points with its explanation, section subtotals, bonus,
 * deductions, total and every validation problem. Points equal `criterionPoints` + `aggregatePoints` exactly.
 * Relative-to-best criteria need `ctx.best` (see `scoreReturns`), otherwise they score 0 and the total is
 * provisional. Explanations are written when first read (`nodes`, the block and total explanations);
 * JSON.stringify reads them all.
 */
export function scoreReturn(compiled: CompiledTemplate, ret: UnitReturn, ctx?: ScoringOptions): ScoreResult {
  return scoreValidated(compiled, ret, ctx, validateReturn(compiled, ret, ctx));
}

/** `scoreReturn` for a return whose problems are already known (`scoreReturns` validates each return once). */
export function scoreValidated(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx: ScoringOptions | undefined,
  problems: ReturnProblem[],
): ScoreResult {
  const totals = aggregatePoints(compiled, criterionPoints(compiled, ret, ctx));
  const nodePoints = totals.nodePoints;
  const reasons = provisionalReasons(compiled, ctx?.best === undefined, ctx?.history === undefined);
  const sum = (items: CompiledNode[]) => items.reduce((s, item) => s + nodePoints[item.index]!, 0);
  const nodes = lazy(() => nodeScores(compiled, ret, ctx, nodePoints));
  const bonusExplanation = lazy(() =>
    explainBlock("bonus", sum(compiled.bonusItems), compiled.bonusCap, totals.bonus),
  );
  const deductionsExplanation = lazy(() =>
    explainBlock("deductions", sum(compiled.deductionItems), compiled.deductionCap, totals.deductions),
  );
  const totalExplanation = lazy(() =>
    explainTotal(totals.baseScore, totals.bonus, totals.deductions, totals.total),
  );
  return {
    unitId: ret.unitId,
    templateId: compiled.template.id,
    fingerprint: compiled.fingerprint,
    get nodes(): NodeScore[] {
      return nodes.get();
    },
    set nodes(value: NodeScore[]) {
      nodes.set(value);
    },
    sections: compiled.sections.map((s) => ({
      code: s.code,
      title: s.title,
      points: fromFixed(nodePoints[s.index]!),
      standard: fromFixed(s.standard),
      max: fromFixed(s.max),
    })),
    baseScore: fromFixed(totals.baseScore),
    bonus: fromFixed(totals.bonus),
    deductions: fromFixed(totals.deductions),
    total: fromFixed(totals.total),
    provisional: reasons.length > 0,
    provisionalReasons: reasons,
    rounding: compiled.template.rounding,
    roundingText: describeRounding(compiled.template.rounding),
    problems,
    get bonusExplanation(): Localized {
      return bonusExplanation.get();
    },
    set bonusExplanation(value: Localized) {
      bonusExplanation.set(value);
    },
    get deductionsExplanation(): Localized {
      return deductionsExplanation.get();
    },
    set deductionsExplanation(value: Localized) {
      deductionsExplanation.set(value);
    },
    get totalExplanation(): Localized {
      return totalExplanation.get();
    },
    set totalExplanation(value: Localized) {
      totalExplanation.set(value);
    },
  };
}

/** A value written on first read and kept; a caller may replace it. */
function lazy<T>(make: () => T): { get(): T; set(value: T): void } {
  let value: { v: T } | undefined;
  return {
    get: () => (value ??= { v: make() }).v,
    set: (v) => {
      value = { v };
    },
  };
}

/** Every node with its points and how they were computed; built when a consumer first reads `nodes`. */
function nodeScores(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx: ScoringOptions | undefined,
  nodePoints: Float64Array,
): NodeScore[] {
  const awardNames = new Map(compiled.template.awards.map((a) => [a.id, msg(a.name, a.nameEn ?? a.name)]));
  const contextOf = criterionContexts(compiled, ret.unitId, ctx, awardNames);
  return compiled.nodes.map((node) => ({
    code: node.code,
    title: node.title,
    block: node.block,
    depth: node.depth,
    kind: node.rule?.kind,
    points: fromFixed(nodePoints[node.index]!),
    standard: fromFixed(node.standard),
    max: fromFixed(node.max),
    explanation:
      node.rule === undefined
        ? explainGroup(node, nodePoints)
        : scoreCriterion(node, entryFor(ret.entries, node.code), contextOf(node)).explanation,
  }));
}

/**
 * Why a total is not final yet (tạm tính): criteria that read the bloc's best scored without it (a return scored
 * alone), award-history bonuses scored without the bloc's history. Empty when the total is final.
 */
function provisionalReasons(compiled: CompiledTemplate, noBest: boolean, noHistory: boolean): Localized[] {
  const kinds = compiled.scorable.map((n) => criterionKind(n.rule!));
  const reasons: Localized[] = [];
  if (noBest && kinds.some((k) => k.blocBest !== undefined)) {
    reasons.push(
      msg(
        "tiêu chí so với đơn vị cao nhất khối được tính khi tổng hợp toàn khối (đang tạm tính 0)",
        "relative-to-best criteria are computed when the whole bloc is consolidated (0 for now)",
      ),
    );
  }
  if (noHistory && kinds.some((k) => k.readsHistory === true)) {
    reasons.push(
      msg(
        "chưa có lịch sử khen thưởng của khối (điểm thưởng theo lịch sử khen thưởng đang tạm tính 0)",
        "the bloc's award history is missing (award-history bonuses count 0 for now)",
      ),
    );
  }
  return reasons;
}
