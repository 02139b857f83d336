import type { Fixed } from "../decimal/fixed";
import type { Localized } from "../i18n/localized";
import type { EligibilityFlag, GateEffect, TieBreakKey } from "../template/rankingPolicySchema";
import type { RankingProblem } from "./rankingProblem";

/** One unit's agreed scores, ready to be ranked (bảng điểm đã thống nhất); all points in `Fixed`. */
export type UnitStanding = {
  unitId: string;
  name: string;
  /** False when the unit sent no valid return: it is listed but not ranked. */
  hasReturn: boolean;
  /** The unit's own total (tổng điểm tự chấm: sections + bonus − deductions as claimed). */
  selfTotal: Fixed;
  /** The self points of the scored sections (điểm tự chấm), on the same basis as `reviewedScore`. */
  selfScore: Fixed;
  /** The agreed points of the scored sections after review / cross-scoring (điểm thẩm định). */
  reviewedScore: Fixed;
  bonus: Fixed;
  deductions: Fixed;
  /** reviewedScore + bonus − deductions: what the unit is ranked by. */
  total: Fixed;
  /** Agreed points per node index, groups included (section tie-break keys read it). */
  nodePoints: ArrayLike<number>;
  submittedAt: string | undefined;
  /**
   * A complete submission (hồ sơ đầy đủ): the counted return has no validation problem. The "earliest complete
   * submission" tie-break ranks incomplete returns after every complete one. False without a return.
   */
  complete: boolean;
};

/** Why a unit is held back, and from what. */
export type EligibilityReason = {
  flag: EligibilityFlag | "no-return";
  effect: GateEffect;
  reason: Localized;
};

export type UnitEligibility = {
  /** Takes part in the ranking. */
  ranked: boolean;
  /** May be proposed for an award. */
  awardable: boolean;
  reasons: EligibilityReason[];
};

/** Where a criterion's final points came from. */
export type ScoreStage = "self" | "review" | "second-review" | "cross" | "agreed";

/** One step of a criterion's score trail (diễn biến điểm): a stage that set points, or the unit's explanation. */
export type ScoreStep = {
  stage: ScoreStage | "explanation";
  /** The points this step set; null for an explanation (giải trình), which sets none. */
  points: number | null;
  /** The reviewer; null for the self score, an explanation (the unit's own) and the cross-score aggregate. */
  by: string | null;
  /** When, as written (ISO 8601); null for the self score and the cross-score aggregate. */
  at: string | null;
  /** The reviewer's reason, the unit's explanation, or how the cross-scores were combined; null for the self score. */
  text: Localized | null;
  /** True for the one step whose points are the criterion's final points. */
  final: boolean;
};

/** One criterion whose final points differ in origin from the self score. */
export type CriterionStage = {
  code: string;
  self: number;
  final: number;
  stage: ScoreStage;
  /** The reviewer's reason, or how the cross-scores were combined (of the step that gave the final points). */
  note: Localized;
  /**
   * Every step in order of precedence: self → each review → the unit's explanations → each second review → the
   * cross-score aggregate → the meeting's agreed points. Superseded steps stay, so "2 → 1 → 2" is never cut to "2 → 2".
   */
  trail: ScoreStep[];
};

/** One row of the ranked table. Numbers are exact decimals (97.5). */
export type RankedUnit = {
  unitId: string;
  name: string;
  hasReturn: boolean;
  /** The unit's own total: sections + bonus − deductions as claimed. */
  selfTotal: number;
  /** The self points of the scored sections: the table's "Tự chấm", on the basis of `reviewedScore`. */
  selfScore: number;
  /** The agreed points of the scored sections: Tổng = reviewedScore + bonus − deductions. */
  reviewedScore: number;
  bonus: number;
  deductions: number;
  total: number;
  /** Competition rank (1, 2, 2, 4); null when not ranked. */
  rank: number | null;
  band: { id: string; name: Localized } | null;
  eligibility: UnitEligibility;
  /** Every award the unit is proposed for, highest first. */
  proposals: string[];
  /** The award shown in the table: the highest proposal (one award per unit) or null. */
  proposed: string | null;
  /** Criteria whose final points did not come from the self score (filled by rankBloc). */
  stages: CriterionStage[];
};

/** A tie between adjacent units with equal final totals, and the sentence for the minutes. */
export type TieNote = {
  above: string;
  below: string;
  total: number;
  /**
   * The rule that broke it; null when it is left to the meeting. `{ key: "meeting" }` when the meeting decided it
   * (a votes file's `tieDecisions`, named by `decision`).
   */
  resolvedBy: TieBreakKey | null;
  /** The meeting's decision that ordered the pair (quyết định của Hội nghị Khối); absent otherwise. */
  decision?: TieDecisionRef;
  sentence: Localized;
};

/** Which of the votes file's `tieDecisions` ordered a tie, and its words for the minutes. */
export type TieDecisionRef = { index: number; reason: string; decidedAt?: string };

/** What happened to a unit when one award was proposed. */
export type CandidateOutcome =
  | "proposed"
  | "ineligible"
  | "below-minimum"
  | "band"
  | "prerequisite"
  | "already-proposed"
  | "last-year-holder"
  | "stepped-aside"
  | "not-in-top-n"
  | "vote-failed"
  | "undecided"
  | "quota-full";

export type CandidateNote = { unitId: string; outcome: CandidateOutcome; detail: Localized };

/** The proposals for one award within its quota (chỉ tiêu). */
export type AwardProposal = {
  award: string;
  name: Localized;
  quota: number;
  quotaExplanation: Localized;
  /** Proposed units, in order. Never more than `quota`. */
  proposed: string[];
  /** Units tied at the quota's edge: the meeting decides among them. */
  undecided: string[];
  unused: number;
  unusedReason: Localized | null;
  /** "held": a ballot was counted; "pending": the policy asks for a vote and none was given; "none": no vote. */
  vote: "held" | "pending" | "none";
  candidates: CandidateNote[];
};

/** A unit whose rank differs under another allowed option. */
export type RankMove = { unitId: string; rank: number | null; alternativeRank: number | null };

export type StabilityAlternative = {
  label: Localized;
  moves: RankMove[];
  /** Awards whose proposed units would differ. */
  proposalChanges: string[];
};

/** Adjacent ranked units closer than the policy's gap. */
export type CloseCall = { above: string; below: string; gap: number };

export type RankStability = {
  alternatives: StabilityAlternative[];
  closeCalls: CloseCall[];
  /** True when no alternative moves anyone and no proposal changes. */
  robust: boolean;
};

/** The suggested leader and deputy for next year (gợi ý Khối trưởng, Khối phó). */
export type RotationSuggestion = {
  year: number;
  leader: string | null;
  deputy: string | null;
  explanation: Localized;
};

/** Everything rankScores decides from a table of standings. */
export type RankingOutcome = {
  /** Ranked units in order, then the unranked ones (by Vietnamese name order). */
  units: RankedUnit[];
  ties: TieNote[];
  proposals: AwardProposal[];
};

/** The result of ranking a bloc (kết quả xếp hạng), reproducible from its inputs (`inputHash`). */
export type RankingResult = RankingOutcome & {
  templateId: string;
  fingerprint: string;
  year: number;
  /** sha256 of the canonical JSON of every input, the ranking policy included. */
  inputHash: string;
  stability: RankStability;
  rotation: RotationSuggestion | null;
  problems: RankingProblem[];
};
