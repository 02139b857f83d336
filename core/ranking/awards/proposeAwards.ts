import { toFixed } from "../../decimal/fixed";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { AwardPolicy, RankingPolicy } from "../../template/rankingPolicySchema";
import type { EligibilityFile } from "../eligibilityFileSchema";
import type { HistoryFile } from "../historyFileSchema";
import type {
  AwardProposal,
  CandidateNote,
  CandidateOutcome,
  UnitEligibility,
  UnitStanding,
} from "../rankingResult";
import type { Ordering } from "../ties/orderStandings";
import type { VotesFile } from "../votesFileSchema";
import { awardName } from "./awardName";
import { awardProcessingOrder, inAwardOrder } from "./awardOrder";
import { awardQuota } from "./awardQuota";
import type { NoteContext, NoteSubject } from "./candidateNote";
import { candidateDetail } from "./candidateNote";
import type { Candidate, QuotaFill } from "./fillQuota";
import { fillQuota } from "./fillQuota";
import type { AwardGates } from "./gateCandidate";
import { gateCandidate } from "./gateCandidate";
import { unusedReason } from "./unusedReason";

export type ProposalInput = {
  compiled: CompiledTemplate;
  policy: RankingPolicy;
  standings: readonly UnitStanding[];
  ordering: Ordering;
  eligibility: readonly UnitEligibility[];
  /** Band position per standing (0: the best band; -1: none). */
  bandIndex: ArrayLike<number>;
  votes: VotesFile | undefined;
  history: HistoryFile | undefined;
  eligibilityFile: EligibilityFile | undefined;
  /** False: decide only (no candidate notes), for stability reruns. */
  explain?: boolean;
};

/** One ranked unit while the awards are proposed (by standing index: `index`). */
type Ranked = { index: number; rank: number };

/**
 * Proposes each award within its quota, following the ranking: gates first (eligibility, minimum total, band,
 * prerequisite, one award per unit, last year's holder, stepping aside), then the vote as the policy's mode says.
 * Never more than the quota: units tied at the quota's edge are left to the meeting, and unused places are explained.
 * Awards are decided prerequisite first (`awardProcessingOrder`), so the proposals come in that order. Returns the
 * proposals and, per standing, the awards it is proposed for (highest first; undefined: none).
 */
export function proposeAwards(input: ProposalInput): {
  proposals: AwardProposal[];
  perUnit: (string[] | undefined)[];
} {
  const { compiled, standings, ordering } = input;
  const ranked: Ranked[] = ordering.order.map((index, pos) => ({ index, rank: ordering.ranks[pos]! }));
  const proposedFor = new Map<string, string[]>();
  const selected = new Map<string, Set<string>>();
  const proposals = awardProcessingOrder(compiled, input.policy).map((award) => {
    const proposal = proposeAward(input, award, ranked, proposedFor, selected);
    selected.set(award.award, new Set(proposal.proposed));
    for (const unitId of proposal.proposed)
      proposedFor.set(unitId, [...(proposedFor.get(unitId) ?? []), award.award]);
    return proposal;
  });
  const perUnit = standings.map((s) => {
    const awards = proposedFor.get(s.unitId);
    return awards === undefined ? undefined : inAwardOrder(compiled, awards, (a) => a);
  });
  return { proposals, perUnit };
}

/** One award: its gates, its vote and quota, and (when explaining) a note per unit that explains the choice. */
function proposeAward(
  input: ProposalInput,
  award: AwardPolicy,
  ranked: readonly Ranked[],
  proposedFor: ReadonlyMap<string, readonly string[]>,
  selected: ReadonlyMap<string, ReadonlySet<string>>,
): AwardProposal {
  const { compiled, policy, standings } = input;
  const quota = awardQuota(award.quota, compiled.template.members.length);
  const gates = awardGates(input, award, selected);
  const ballot = input.votes?.ballots.find((b) => b.award === award.award);
  const votes = new Map<string, number>();
  if (award.vote !== undefined) for (const t of ballot?.tallies ?? []) votes.set(t.unitId, t.votes);

  const subject = (r: Ranked) => {
    const standing = standings[r.index]!;
    return {
      standing,
      eligibility: input.eligibility[r.index]!,
      band: input.bandIndex[r.index]!,
      rank: r.rank,
      votes: votes.get(standing.unitId) ?? 0,
      proposedFor: proposedFor.get(standing.unitId) ?? [],
    };
  };
  const gated: { r: Ranked; outcome: CandidateOutcome }[] = [];
  const candidates: (Candidate & { r: Ranked })[] = [];
  for (const r of ranked) {
    const unit = subject(r);
    const outcome = gateCandidate(gates, unit);
    if (outcome !== undefined) gated.push({ r, outcome });
    else candidates.push({ unitId: unit.standing.unitId, rank: r.rank, votes: unit.votes, r });
  }
  const fill = fillQuota(award, ballot, candidates, quota.count);
  const undecidedNames = fill.undecided.map((c) => standings[c.r.index]!.name).join(", ");
  const unused = quota.count - fill.proposed.length;
  // Every outcome, in the order it was decided: gates in rank order, the vote, the proposed, the undecided.
  const decided = [
    ...gated,
    ...fill.outvoted.map((o) => ({ r: o.candidate.r, outcome: o.outcome })),
    ...fill.proposed.map((c) => ({ r: c.r, outcome: "proposed" as const })),
    ...fill.undecided.map((c) => ({
      r: c.r,
      outcome: "undecided" as const,
    })),
  ];
  const notes =
    (input.explain ?? true)
      ? candidateNotes(decided, fill, unused, subject, {
          compiled,
          policy,
          award,
          ballot,
          minTotal: gates.minTotal,
          minBand: gates.minBand,
          stepsAside: gates.stepsAside,
          topN: fill.topN,
          undecidedNames,
        })
      : [];
  return {
    award: award.award,
    name: awardName(compiled, award.award),
    quota: quota.count,
    quotaExplanation: quota.explanation,
    proposed: fill.proposed.map((c) => c.unitId),
    undecided: fill.undecided.map((c) => c.unitId),
    unused,
    unusedReason:
      unused === 0
        ? null
        : unusedReason(
            unused,
            undecidedNames,
            decided.map((d) => d.outcome),
          ),
    vote: award.vote === undefined ? "none" : ballot === undefined ? "pending" : "held",
    candidates: notes,
  };
}

/**
 * A note per unit that explains the choice, in the order the outcomes were decided. When the ranking alone decides
 * and the quota is full, only units ranked up to the last one chosen explain it; when votes order the candidates or
 * places are left, every unit does.
 */
function candidateNotes(
  decided: readonly { r: Ranked; outcome: CandidateOutcome }[],
  fill: QuotaFill,
  unused: number,
  subject: (r: Ranked) => NoteSubject,
  ctx: NoteContext,
): CandidateNote[] {
  const chosen = [...fill.proposed, ...fill.undecided];
  const cut =
    !fill.byVotes && unused === 0 && chosen.length > 0 ? Math.max(...chosen.map((c) => c.rank)) : Infinity;
  return decided
    .filter(({ r }) => r.rank <= cut)
    .map(({ r, outcome }) => {
      const unit = subject(r);
      return { unitId: unit.standing.unitId, outcome, detail: candidateDetail(ctx, outcome, unit) };
    });
}

/** What the award asks of a unit before votes and quota. */
function awardGates(
  input: ProposalInput,
  award: AwardPolicy,
  selected: ReadonlyMap<string, ReadonlySet<string>>,
): AwardGates {
  const { policy } = input;
  const year = input.compiled.template.identity.year;
  const policyOf = new Map(policy.awards.map((a) => [a.award, a]));
  const ancestors = new Set<string>();
  for (let r = award.requires; r !== undefined && !ancestors.has(r); r = policyOf.get(r)?.requires)
    ancestors.add(r);
  const bandPosition = policy.bands.findIndex((b) => b.id === award.minBand);
  return {
    award,
    minTotal: Math.max(
      policy.minimumTotal === undefined ? -Infinity : toFixed(policy.minimumTotal),
      award.minTotal === undefined ? -Infinity : toFixed(award.minTotal),
    ),
    minBand: award.minBand === undefined || bandPosition < 0 ? undefined : bandPosition,
    required: award.requires === undefined ? undefined : (selected.get(award.requires) ?? new Set()),
    ancestors,
    oneAwardPerUnit: policy.oneAwardPerUnit,
    lastYearHolders: new Set(
      (input.history?.awards ?? [])
        .filter((h) => h.award === award.award && h.year === year - 1 && h.revoked !== true)
        .map((h) => h.unitId),
    ),
    stepsAside: new Map(
      (input.eligibilityFile?.stepsAside ?? [])
        .filter((s) => s.award === award.award)
        .map((s) => [s.unitId, s.reason]),
    ),
  };
}
