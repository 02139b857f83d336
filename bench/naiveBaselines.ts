// The baselines: what a user would write by hand in a spreadsheet or a short script. Scoring is the plain
// per-criterion sum in floating point; ranking is that sum (with the reviewed points typed over the self points)
// and one sort. They do less than the engine (no validation, exact decimals, explanations, ties, quotas, hash):
// a ratio to them says what the engine's extra work costs, not that either is wrong.
import type { RankingInputs } from "../core/ranking";
import type { UnitReturn } from "../core/returns";
import type { Template, TemplateNode } from "../core/template";

type Rule = NonNullable<TemplateNode["rule"]>;

/** The highest quantity entered per relative-to-best criterion, over every return (a MAX column). */
export function naiveBest(returns: readonly UnitReturn[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const ret of returns)
    for (const [code, entry] of Object.entries(ret.entries))
      if (entry.quantity !== undefined) best.set(code, Math.max(best.get(code) ?? 0, entry.quantity));
  return best;
}

/**
 * A return's total as a spreadsheet computes it: walks the table, each criterion's points from its entry (or the
 * reviewed points in `typedOver`), rounded like ROUND(x; 2), groups summed and capped, bonus minus deductions.
 */
export function naiveTotal(
  template: Template,
  ret: UnitReturn,
  best: ReadonlyMap<string, number>,
  lastYearAwards: ReadonlySet<string>,
  typedOver: ReadonlyMap<string, number> = new Map(),
): number {
  const criterion = (code: string, standard: number, max: number, rule: Rule, evidence?: boolean) => {
    const typed = typedOver.get(code);
    if (typed !== undefined) return typed;
    return Math.round(raw(ret, code, standard, max, rule, evidence, best, lastYearAwards) * 100) / 100;
  };
  const score = (node: TemplateNode): number => {
    if (node.children) {
      const sum = node.children.reduce((s, c) => s + score(c), 0);
      return node.cap === undefined ? sum : Math.min(sum, node.cap);
    }
    const standard = node.standard ?? 0;
    return criterion(node.code, standard, node.max ?? standard, node.rule!, node.evidenceRequired);
  };
  const block = (b: Template["bonus"]) => {
    const sum = b.items.reduce((s, i) => s + criterion(i.code, i.max, i.max, i.rule, i.evidenceRequired), 0);
    return b.cap === undefined ? sum : Math.min(sum, b.cap);
  };
  return (
    template.sections.reduce((s, n) => s + score(n), 0) + block(template.bonus) - block(template.deductions)
  );
}

function raw(
  ret: UnitReturn,
  code: string,
  standard: number,
  max: number,
  rule: Rule,
  evidenceRequired: boolean | undefined,
  best: ReadonlyMap<string, number>,
  lastYearAwards: ReadonlySet<string>,
): number {
  if (rule.kind === "awardHistory") return lastYearAwards.has(`${ret.unitId} ${rule.award}`) ? max : 0;
  const e = ret.entries[code];
  if (e === undefined) return 0;
  if (evidenceRequired && !(e.evidence && e.evidence.length > 0)) return 0;
  switch (rule.kind) {
    case "passFail":
      return e.passed ? standard : 0;
    case "ladder":
      return rule.levels.find((l) => l.code === e.level)?.points ?? 0;
    case "percentOfTarget": {
      const pct = e.percent ?? ((e.achieved ?? 0) / (e.target ?? 1)) * 100;
      const steps = (pct - 100) / rule.stepPercent;
      const n = rule.steps === "whole" ? Math.trunc(steps) : steps;
      const p = n >= 0 ? standard + n * rule.pointsPerStepOver : standard + n * rule.pointsPerStepUnder;
      return Math.max(rule.floor, Math.min(max, p));
    }
    case "relativeToBest": {
      const b = best.get(code) ?? 0;
      return b > 0 ? Math.min(max, (max * (e.quantity ?? 0)) / b) : 0;
    }
    case "count":
      return Math.min(max, (e.count ?? 0) * rule.pointsPerItem);
    case "violations":
      return Math.max(rule.floor, standard - (e.count ?? 0) * rule.pointsPerViolation);
    case "manual":
      return Math.max(0, Math.min(max, e.score ?? 0));
  }
}

/** The scoring baseline: every return's plain per-criterion sum. */
export function naiveScores(
  template: Template,
  returns: readonly UnitReturn[],
  inputs: RankingInputs,
): number[] {
  const best = naiveBest(returns);
  const awards = lastYearAwards(template, inputs);
  return returns.map((ret) => naiveTotal(template, ret, best, awards));
}

/** The ranking baseline: the plain sum with the last reviewed points typed over, then one sort, highest first. */
export function naiveRanking(
  template: Template,
  returns: readonly UnitReturn[],
  inputs: RankingInputs,
): { unitId: string; total: number }[] {
  const best = naiveBest(returns);
  const awards = lastYearAwards(template, inputs);
  const reviewed = new Map<string, Map<string, number>>();
  for (const a of inputs.reviews?.adjustments ?? []) {
    const unit = reviewed.get(a.unitId) ?? new Map<string, number>();
    unit.set(a.code, a.points);
    reviewed.set(a.unitId, unit);
  }
  return returns
    .map((ret) => ({
      unitId: ret.unitId,
      total: naiveTotal(template, ret, best, awards, reviewed.get(ret.unitId)),
    }))
    .sort((a, b) => b.total - a.total);
}

function lastYearAwards(template: Template, inputs: RankingInputs): Set<string> {
  const year = template.identity.year - 1;
  return new Set(
    (inputs.history?.awards ?? []).filter((h) => h.year === year).map((h) => `${h.unitId} ${h.award}`),
  );
}
