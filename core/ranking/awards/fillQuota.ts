import type { AwardPolicy } from "../../template/rankingPolicySchema";
import type { CandidateOutcome } from "../rankingResult";
import { passesThreshold } from "../votes/voteThreshold";
import type { AwardBallot } from "../votesFileSchema";

/** A unit that passed the award's gates: its rank and its votes on the award's ballot (0 without a tally). */
export type Candidate = { unitId: string; rank: number; votes: number };

export type QuotaFill<C extends Candidate = Candidate> = {
  proposed: C[];
  /** Tied at the quota's edge: the meeting decides among them. */
  undecided: C[];
  /** Set aside by the vote, in rank order: outside the top N, then below the threshold. */
  outvoted: { candidate: C; outcome: Extract<CandidateOutcome, "not-in-top-n" | "vote-failed"> }[];
  /** True when the votes, not the ranking, ordered the candidates. */
  byVotes: boolean;
  /** The N of a "topN" vote (how many were put to the vote); 0 otherwise. */
  topN: number;
};

/**
 * Fills an award's quota from its candidates (in rank order). With a counted ballot the policy's vote mode applies:
 * "topN" keeps the candidates ranked up to the N-th (ties at the edge included), every mode drops those below the
 * threshold, and "decides"/"topN" order the rest by votes then rank. Then groups of equal rank (and equal votes
 * when votes order them) are proposed while they fit; the first group that does not fit is left to the meeting
 * and uses up the quota.
 */
export function fillQuota<C extends Candidate>(
  award: AwardPolicy,
  ballot: AwardBallot | undefined,
  candidates: readonly C[],
  quota: number,
): QuotaFill<C> {
  let pool = [...candidates];
  const outvoted: QuotaFill<C>["outvoted"] = [];
  let byVotes = false;
  let topN = 0;
  if (award.vote !== undefined && ballot !== undefined) {
    if (award.vote.mode === "topN") {
      topN = award.vote.topN ?? pool.length;
      const edge = pool.length === 0 || topN <= 0 ? 0 : pool[Math.min(topN, pool.length) - 1]!.rank;
      for (const c of pool) if (c.rank > edge) outvoted.push({ candidate: c, outcome: "not-in-top-n" });
      pool = pool.filter((c) => c.rank <= edge);
    }
    const threshold = award.vote.threshold;
    for (const c of pool)
      if (!passesThreshold(c.votes, ballot, threshold))
        outvoted.push({ candidate: c, outcome: "vote-failed" });
    pool = pool.filter((c) => passesThreshold(c.votes, ballot, threshold));
    byVotes = award.vote.mode !== "confirm";
    if (byVotes) pool.sort((a, b) => b.votes - a.votes || a.rank - b.rank);
  }
  const proposed: C[] = [];
  const undecided: C[] = [];
  let remaining = quota;
  for (let i = 0; i < pool.length && remaining > 0;) {
    const first = pool[i]!;
    let j = i + 1;
    while (j < pool.length && pool[j]!.rank === first.rank && (!byVotes || pool[j]!.votes === first.votes))
      j++;
    const group = pool.slice(i, j);
    const fits = group.length <= remaining;
    (fits ? proposed : undecided).push(...group);
    remaining = fits ? remaining - group.length : 0;
    i = j;
  }
  return { proposed, undecided, outvoted, byVotes, topN };
}
