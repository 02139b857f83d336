import type { Fixed } from "../decimal/fixed";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { CrossAggregation, RankingPolicy } from "../template/rankingPolicySchema";
import type { CrossScore } from "./crossScoresFileSchema";
import {
  countedCrossScores,
  aggregateCrossScores,
  describeAggregation,
} from "./crossScores/aggregateCrossScores";
import type { CriterionStage, ScoreStage, ScoreStep } from "./rankingResult";
import type { Explanation, ReviewAdjustment } from "./reviewsFileSchema";
import { toFixed, fromFixed } from "../decimal/fixed";
import { pointsFromHistory } from "../criteria/registry";
import { formatIsoTime } from "./formatIsoTime";

const STAGE_ORDER: Record<ReviewAdjustment["stage"], number> = { review: 1, "second-review": 2, agreed: 3 };

const STAGE_LABEL: Record<ReviewAdjustment["stage"], [string, string]> = {
  review: ["Thẩm định", "Review"],
  "second-review": ["Thẩm định lại", "Second review"],
  agreed: ["Hội nghị thống nhất", "Agreed at the meeting"],
};

/** The review records of one unit (thẩm định, giải trình, chấm chéo); explanations and cross-scores are optional. */
export type UnitRecords = {
  adjustments: readonly ReviewAdjustment[];
  explanations?: readonly Explanation[];
  cross?: readonly CrossScore[];
};

/** What concerns one criterion: its adjustments in order (stage, then time), the explanations, the cross aggregate. */
type NodeRecords = {
  adjustments: ReviewAdjustment[];
  /** Allocated only when the unit explained this criterion (most never do). */
  explanations: Explanation[] | undefined;
  cross: { points: Fixed; note: Localized } | undefined;
};

/**
 * A unit's final points per criterion from its self points and the adjustments and cross-scores that concern it:
 * the agreed points of the meeting win; then, when the policy ranks by cross-scores, their aggregate (if at least
 * `minScorers` distinct units validly scored); then the second review; then the review; then the self score. Within a
 * stage the latest adjustment counts. A record checkRankingInputs rejects never counts (a self-score, a non-member
 * scorer, a scorer's second score of one criterion, an award-history item, points above the maximum). Returns new
 * points (self is not modified) and the criteria whose stage is not "self", each with its whole trail: self → every
 * review → the unit's explanations → every second review → the cross-score aggregate → the meeting's agreed points.
 */
export function resolveCriterionPoints(
  compiled: CompiledTemplate,
  policy: RankingPolicy,
  self: ArrayLike<number>,
  records: UnitRecords,
  aggregation: CrossAggregation,
): { points: number[]; stages: CriterionStage[] } {
  const points = Array.from(self);
  const byNode = new Map<number, NodeRecords>();
  const recordsOf = (index: number) => {
    let r = byNode.get(index);
    if (r === undefined)
      byNode.set(index, (r = { adjustments: [], explanations: undefined, cross: undefined }));
    return r;
  };
  // Each time parsed once, not at every comparison.
  const timed = records.adjustments.map((adj) => ({ adj, time: Date.parse(adj.at) }));
  timed.sort(compareAdjustments);
  for (const { adj } of timed) {
    const node = compiled.byCode.get(adj.code);
    // What checkRankingInputs rejects does not count: award-history items and points above the maximum.
    if (node === undefined || node.rule === undefined || pointsFromHistory(node.rule)) continue;
    if (toFixed(adj.points) > node.max) continue;
    recordsOf(node.index).adjustments.push(adj);
  }
  const crossScores = records.cross ?? [];
  if (policy.finalScore === "cross" && crossScores.length > 0) {
    const minScorers = policy.crossScoring?.minScorers ?? 3;
    for (const [index, byScorer] of countedCrossScores(compiled, crossScores)) {
      const list: Fixed[] = [];
      for (const p of byScorer.values()) if (p !== null) list.push(p);
      if (list.length < minScorers) continue;
      const value = aggregateCrossScores(list, aggregation, compiled.template.rounding);
      recordsOf(index).cross = { points: value, note: describeAggregation(list, aggregation, value) };
    }
  }
  // An explanation joins the trail of a criterion that has one; alone it changes nothing (the checker reports it).
  for (const e of records.explanations ?? []) {
    const node = compiled.byCode.get(e.code);
    const r = node === undefined ? undefined : byNode.get(node.index);
    if (r !== undefined) (r.explanations ??= []).push(e);
  }

  const stages: CriterionStage[] = [];
  for (const index of [...byNode.keys()].sort((a, b) => a - b)) {
    const r = byNode.get(index)!;
    const { trail, final } = scoreTrail(self[index] ?? 0, r);
    stages.push({
      code: compiled.nodes[index]!.code,
      self: fromFixed(self[index] ?? 0),
      final: trail[final]!.points!,
      stage: trail[final]!.stage as ScoreStage,
      note: stepNote(trail[final]!),
      trail,
    });
    points[index] = toFixed(trail[final]!.points!);
  }
  return { points, stages };
}

/**
 * The steps of one criterion in the order they take precedence (so the last step with points is the final one): the
 * self score, the reviews, the unit's explanations, the second reviews, the cross-score aggregate, the agreed points.
 * `r.adjustments` are already in stage-then-time order.
 */
function scoreTrail(self: Fixed, r: NodeRecords): { trail: ScoreStep[]; final: number } {
  const trail: ScoreStep[] = [
    { stage: "self", points: fromFixed(self), by: null, at: null, text: null, final: false },
  ];
  const adjs = r.adjustments;
  let k = 0;
  for (; k < adjs.length && adjs[k]!.stage === "review"; k++) trail.push(adjustmentStep(adjs[k]!));
  if (r.explanations !== undefined) {
    const timed = r.explanations.map((e) => ({ e, time: Date.parse(e.at) }));
    timed.sort((a, b) => a.time - b.time || (a.e.text < b.e.text ? -1 : a.e.text > b.e.text ? 1 : 0));
    for (const { e } of timed)
      trail.push({
        stage: "explanation",
        points: null,
        by: null,
        at: e.at,
        text: msg(e.text, e.text),
        final: false,
      });
  }
  for (; k < adjs.length && adjs[k]!.stage === "second-review"; k++) trail.push(adjustmentStep(adjs[k]!));
  if (r.cross !== undefined) {
    const points = fromFixed(r.cross.points);
    trail.push({ stage: "cross", points, by: null, at: null, text: r.cross.note, final: false });
  }
  for (; k < adjs.length; k++) trail.push(adjustmentStep(adjs[k]!));
  let final = trail.length - 1;
  while (trail[final]!.points === null) final--;
  trail[final]!.final = true;
  return { trail, final };
}

function adjustmentStep(a: ReviewAdjustment): ScoreStep {
  return {
    stage: a.stage,
    points: a.points,
    by: a.reviewer,
    at: a.at,
    text: msg(a.reason, a.reason),
    final: false,
  };
}

/** The note of the step that gave the final points: the reviewer's reason, or how the cross-scores were combined. */
function stepNote(step: ScoreStep): Localized {
  if (step.stage === "cross" || step.stage === "self" || step.stage === "explanation") return step.text!;
  const [vi, en] = STAGE_LABEL[step.stage];
  const when = formatIsoTime(step.at!);
  return msg(
    `${vi} (${step.by}, ${when}): ${step.text!.vi}`,
    `${en} (${step.by}, ${when}): ${step.text!.en}`,
  );
}

/** Orders adjustments by stage then time, then by content, so the latest wins whatever the file order. */
function compareAdjustments(
  { adj: a, time: ta }: { adj: ReviewAdjustment; time: number },
  { adj: b, time: tb }: { adj: ReviewAdjustment; time: number },
): number {
  return (
    STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
    ta - tb ||
    a.points - b.points ||
    (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) ||
    (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0)
  );
}
