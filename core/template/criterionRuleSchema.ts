// The rule schemas live with their kinds in core/criteria; re-exported here for the template's readers.
export type { AwardHistoryRule } from "../criteria/awardHistory";
export type { CountRule } from "../criteria/count";
export type { LadderLevel, LadderRule } from "../criteria/ladder";
export { LadderLevelSchema } from "../criteria/ladder";
export type { ManualRule } from "../criteria/manual";
export type { PassFailRule } from "../criteria/passFail";
export type { PercentOfTargetRule } from "../criteria/percentOfTarget";
export type { CriterionKind, CriterionRule } from "../criteria/registry";
export { CRITERION_KINDS, CriterionRuleSchema, KINDS_BY_BLOCK } from "../criteria/registry";
export type { RelativeToBestRule } from "../criteria/relativeToBest";
export { CodeSchema, IdSchema, PointsSchema } from "../criteria/ruleFieldSchemas";
export type { ViolationsRule } from "../criteria/violations";
