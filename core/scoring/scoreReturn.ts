import type { Fixed } from "../decimal/fixed";
import { fromFixed } from "../decimal/fixed";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { describeRounding } from "../template/describeRounding";
import { aggregatePoints } from "./aggregatePoints";
import type { ScoringOptions } from "./criterionPoints";
import { bestFor, criterionContext, entryFor } from "./criterionPoints";
import { explainCriterion, pts } from "./explainCriterion";
import { countedPoints, hasEvidence, relativeToBestPoints } from "./pointsForEntry";
import type { NodeScore, ReturnProblem, ScoreResult } from "./scoreResult";
import { validateAndScore } from "./validateReturn";

/**
 * Scores one unit's return in full: every node's points with its explanation, section subtotals, bonus,
 * deductions, total and every validation problem. Points equal the fast path's (`criterionPoints` +
 * `aggregatePoints`) exactly. Relative-to-best criteria need `ctx.best` (see `scoreReturns`), otherwise they score 0
 * and the total is provisional. Explanations are written when first read (`nodes`, the block and total
 * explanations), so scoring a bloc in bulk costs no strings nobody reads; JSON.stringify reads them all.
 */
export function scoreReturn(compiled: CompiledTemplate, ret: UnitReturn, ctx?: ScoringOptions): ScoreResult {
  const points = new Float64Array(compiled.nodes.length);
  const problems = validateAndScore(compiled, ret, ctx, points);
  return scoreValidated(compiled, ret, ctx, points, problems);
}

/**
 * The result of a return already validated by `validateAndScore` into `points`: relativeToBest slots, which hold
 * the quantities, become points here with `ctx.best`. `scoreReturns` validates every return first, to take the
 * bloc's best. `points` becomes the result's node points.
 */
export function scoreValidated(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx: ScoringOptions | undefined,
  points: Float64Array,
  problems: ReturnProblem[],
): ScoreResult {
  const relative = relativeCriteria(compiled);
  if (relative.length > 0) {
    const rounding = compiled.template.rounding;
    for (const node of relative) {
      const rule = node.rule as { kind: "relativeToBest"; better: "higher" | "lower" };
      const q = points[node.index]!;
      const quantity = Number.isNaN(q) ? undefined : q;
      const claimed = relativeToBestPoints(node, rule.better, quantity, bestFor(ctx, node.code), rounding);
      // the entry is looked up only when the evidence rule can apply (a claim on a criterion that requires it)
      points[node.index] =
        claimed > 0 && node.evidenceRequired
          ? countedPoints(node, claimed, hasEvidence(entryFor(ret.entries, node.code)))
          : claimed;
    }
  }
  const totals = aggregatePoints(compiled, points, points);
  const nodePoints = totals.nodePoints;
  let nodes: NodeScore[] | undefined;
  let bonusExplanation: Localized | undefined;
  let deductionsExplanation: Localized | undefined;
  let totalExplanation: Localized | undefined;
  const provisionalReasons = provisional(compiled, ctx?.best === undefined, ctx?.history === undefined);
  const sum = (items: CompiledNode[]) => items.reduce((s, item) => s + nodePoints[item.index]!, 0);
  return {
    unitId: ret.unitId,
    templateId: compiled.template.id,
    fingerprint: compiled.fingerprint,
    get nodes(): NodeScore[] {
      return (nodes ??= nodeScores(compiled, ret, ctx, nodePoints));
    },
    set nodes(value: NodeScore[]) {
      nodes = value;
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
    provisional: provisionalReasons.length > 0,
    provisionalReasons,
    rounding: compiled.template.rounding,
    roundingText: roundingTextOf(compiled),
    problems,
    get bonusExplanation(): Localized {
      return (bonusExplanation ??= explainBlock(
        "bonus",
        sum(compiled.bonusItems),
        compiled.bonusCap,
        totals.bonus,
      ));
    },
    set bonusExplanation(value: Localized) {
      bonusExplanation = value;
    },
    get deductionsExplanation(): Localized {
      return (deductionsExplanation ??= explainBlock(
        "deductions",
        sum(compiled.deductionItems),
        compiled.deductionCap,
        totals.deductions,
      ));
    },
    set deductionsExplanation(value: Localized) {
      deductionsExplanation = value;
    },
    get totalExplanation(): Localized {
      return (totalExplanation ??= both(
        (lang) =>
          `${pts(totals.baseScore, lang)} + ${pts(totals.bonus, lang)} − ${pts(totals.deductions, lang)} = ${pts(totals.total, lang)}`,
      ));
    },
    set totalExplanation(value: Localized) {
      totalExplanation = value;
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
  const context = criterionContext(compiled, ret.unitId, ctx, awardNamesOf(compiled));
  return compiled.nodes.map((node) => {
    let explanation: Localized;
    if (node.rule === undefined) explanation = explainGroup(node, nodePoints);
    else {
      if (node.rule.kind === "relativeToBest") context.best = bestFor(ctx, node.code);
      explanation = explainCriterion(
        node,
        entryFor(ret.entries, node.code),
        context,
        nodePoints[node.index]!,
      );
    }
    return {
      code: node.code,
      title: node.title,
      block: node.block,
      depth: node.depth,
      kind: node.rule?.kind,
      points: fromFixed(nodePoints[node.index]!),
      standard: fromFixed(node.standard),
      max: fromFixed(node.max),
      explanation,
    };
  });
}

const provisionalCache = new WeakMap<CompiledTemplate, Localized[][]>();
const roundingCache = new WeakMap<CompiledTemplate, Localized>();

/**
 * Why a total is not final yet (tạm tính): relative-to-best criteria scored without the bloc's best (a return
 * scored alone), award-history bonuses scored without the bloc's history. Empty when the total is final. One
 * frozen list per table and case, shared by its results.
 */
function provisional(compiled: CompiledTemplate, noBest: boolean, noHistory: boolean): Localized[] {
  let cached = provisionalCache.get(compiled);
  if (cached === undefined) provisionalCache.set(compiled, (cached = []));
  const key = (noBest ? 1 : 0) + (noHistory ? 2 : 0);
  return (cached[key] ??= Object.freeze(provisionalReasons(compiled, noBest, noHistory)) as Localized[]);
}

function provisionalReasons(compiled: CompiledTemplate, noBest: boolean, noHistory: boolean): Localized[] {
  const reasons: Localized[] = [];
  const kinds = kindsOf(compiled);
  if (kinds.has("relativeToBest") && noBest) {
    reasons.push(
      msg(
        "tiêu chí so với đơn vị cao nhất khối được tính khi tổng hợp toàn khối (đang tạm tính 0)",
        "relative-to-best criteria are computed when the whole bloc is consolidated (0 for now)",
      ),
    );
  }
  if (kinds.has("awardHistory") && noHistory) {
    reasons.push(
      msg(
        "chưa có lịch sử khen thưởng của khối (điểm thưởng theo lịch sử khen thưởng đang tạm tính 0)",
        "the bloc's award history is missing (award-history bonuses count 0 for now)",
      ),
    );
  }
  return reasons;
}

/** The table's rounding rule in words (computed once per table). */
function roundingTextOf(compiled: CompiledTemplate): Localized {
  let text = roundingCache.get(compiled);
  if (text === undefined) roundingCache.set(compiled, (text = describeRounding(compiled.template.rounding)));
  return text;
}

const kindsCache = new WeakMap<CompiledTemplate, ReadonlySet<string>>();
const relativeCache = new WeakMap<CompiledTemplate, readonly CompiledNode[]>();
const awardNamesCache = new WeakMap<CompiledTemplate, ReadonlyMap<string, Localized>>();

/** The criterion kinds the table uses (computed once per table). */
function kindsOf(compiled: CompiledTemplate): ReadonlySet<string> {
  let kinds = kindsCache.get(compiled);
  if (kinds === undefined) {
    kinds = new Set(compiled.scorable.map((n) => n.rule!.kind));
    kindsCache.set(compiled, kinds);
  }
  return kinds;
}

/** The relativeToBest criteria (computed once per table). */
function relativeCriteria(compiled: CompiledTemplate): readonly CompiledNode[] {
  let nodes = relativeCache.get(compiled);
  if (nodes === undefined) {
    nodes = compiled.scorable.filter((n) => n.rule!.kind === "relativeToBest");
    relativeCache.set(compiled, nodes);
  }
  return nodes;
}

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
