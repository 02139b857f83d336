import type { Fixed } from "../decimal/fixed";
import { fromFixed } from "../decimal/fixed";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { aggregatePoints } from "./aggregatePoints";
import type { ScoringOptions } from "./criterionPoints";
import { bestFor, criterionContext, entryFor } from "./criterionPoints";
import { pts } from "./explainCriterion";
import { scoreCriterion } from "./scoreCriterion";
import type { NodeScore, ScoreResult } from "./scoreResult";
import { validateReturn } from "./validateReturn";

/**
 * Scores one unit's return in full: every node's points with its explanation, section subtotals, bonus,
 * deductions, total and every validation problem. Points equal the fast path's (`criterionPoints` +
 * `aggregatePoints`) exactly. Relative-to-best criteria need `ctx.best` (see `scoreReturns`), otherwise score 0.
 */
export function scoreReturn(compiled: CompiledTemplate, ret: UnitReturn, ctx?: ScoringOptions): ScoreResult {
  const awardNames = awardNamesOf(compiled);
  const context = criterionContext(compiled, ret.unitId, ctx, awardNames);
  const points = new Float64Array(compiled.nodes.length);
  // filled up front: writing scattered indices into an empty array makes it a slow dictionary
  const explanations: (Localized | undefined)[] = new Array<Localized | undefined>(
    compiled.nodes.length,
  ).fill(undefined);
  for (const node of compiled.scorable) {
    if (node.rule!.kind === "relativeToBest") context.best = bestFor(ctx, node.code);
    const scored = scoreCriterion(node, entryFor(ret.entries, node.code), context);
    points[node.index] = scored.points;
    explanations[node.index] = scored.explanation;
  }
  const totals = aggregatePoints(compiled, points);
  const nodes: NodeScore[] = compiled.nodes.map((node) => ({
    code: node.code,
    title: node.title,
    block: node.block,
    depth: node.depth,
    kind: node.rule?.kind,
    points: fromFixed(totals.nodePoints[node.index]!),
    standard: fromFixed(node.standard),
    max: fromFixed(node.max),
    explanation: explanations[node.index] ?? explainGroup(node, totals.nodePoints),
  }));
  const sum = (items: CompiledNode[]) => items.reduce((s, item) => s + totals.nodePoints[item.index]!, 0);
  return {
    unitId: ret.unitId,
    templateId: compiled.template.id,
    fingerprint: compiled.fingerprint,
    nodes,
    sections: compiled.sections.map((s) => ({
      code: s.code,
      title: s.title,
      points: fromFixed(totals.nodePoints[s.index]!),
      standard: fromFixed(s.standard),
      max: fromFixed(s.max),
    })),
    baseScore: fromFixed(totals.baseScore),
    bonus: fromFixed(totals.bonus),
    deductions: fromFixed(totals.deductions),
    total: fromFixed(totals.total),
    problems: validateReturn(compiled, ret, ctx),
    bonusExplanation: explainBlock("bonus", sum(compiled.bonusItems), compiled.bonusCap, totals.bonus),
    deductionsExplanation: explainBlock(
      "deductions",
      sum(compiled.deductionItems),
      compiled.deductionCap,
      totals.deductions,
    ),
    totalExplanation: both(
      (lang) =>
        `${pts(totals.baseScore, lang)} + ${pts(totals.bonus, lang)} − ${pts(totals.deductions, lang)} = ${pts(totals.total, lang)}`,
    ),
  };
}

const awardNamesCache = new WeakMap<CompiledTemplate, ReadonlyMap<string, Localized>>();

/** Award names by id, for award-history explanations (computed once per table). */
function awardNamesOf(compiled: CompiledTemplate): ReadonlyMap<string, Localized> {
  let names = awardNamesCache.get(compiled);
  if (names === undefined) {
    names = new Map(compiled.template.awards.map((a) => [a.id, msg(a.name, a.nameEn ?? a.name)]));
    awardNamesCache.set(compiled, names);
  }
  return names;
}

/** "Tổng các mục con, tối đa 30: 28,5" — how a group's points follow from its children. */
function explainGroup(node: CompiledNode, nodePoints: Float64Array): Localized {
  let sum = 0;
  for (const child of node.children) sum += nodePoints[child]!;
  const parts = (lang: Lang) => node.children.map((c) => pts(nodePoints[c]!, lang)).join(" + ");
  const points = nodePoints[node.index]!;
  const equals = (lang: Lang) =>
    node.children.length > 1 ? `${parts(lang)} = ${pts(points, lang)}` : parts(lang);
  if (node.cap === undefined) {
    return both((lang) => `${lang === "vi" ? "Tổng các mục con" : "Sum of its parts"}: ${equals(lang)}`);
  }
  if (sum > node.cap) {
    return both(
      (lang) =>
        `${lang === "vi" ? "Tổng các mục con" : "Sum of its parts"} ${parts(lang)} = ${pts(sum, lang)}, ` +
        `${lang === "vi" ? "tối đa" : "capped at"} ${pts(node.cap!, lang)} → ${pts(points, lang)}`,
    );
  }
  return both(
    (lang) =>
      `${lang === "vi" ? "Tổng các mục con, tối đa" : "Sum of its parts, at most"} ${pts(node.cap!, lang)}: ` +
      `${equals(lang)}`,
  );
}

function explainBlock(
  block: "bonus" | "deductions",
  sum: Fixed,
  cap: Fixed | undefined,
  points: Fixed,
): Localized {
  const name = block === "bonus" ? msg("Điểm thưởng", "Bonus") : msg("Điểm trừ", "Deductions");
  return both((lang) => {
    const head = `${name[lang]}: ${lang === "vi" ? "tổng các mục" : "sum of the items"} ${pts(sum, lang)}`;
    if (cap === undefined) return `${head} (${lang === "vi" ? "không giới hạn chung" : "no overall cap"})`;
    if (sum > cap)
      return `${head}, ${lang === "vi" ? "tối đa" : "capped at"} ${pts(cap, lang)} → ${pts(points, lang)}`;
    return `${head} (${lang === "vi" ? "tối đa" : "at most"} ${pts(cap, lang)})`;
  });
}

function both(f: (lang: Lang) => string): Localized {
  return { vi: f("vi"), en: f("en") };
}
