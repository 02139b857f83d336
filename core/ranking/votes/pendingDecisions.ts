import type { CandidateOutcome, RankingOutcome } from "../rankingResult";

/** Outcomes of units the ranking put forward for an award (past its gates, within reach of its quota): its ballot. */
const ON_BALLOT: ReadonlySet<CandidateOutcome> = new Set([
  "proposed",
  "undecided",
  "vote-failed",
  "quota-full",
]);

/** What the meeting still has to decide before the ranking is final (việc Hội nghị còn phải quyết định). */
export type PendingDecisions = {
  /** Awards whose policy asks for a vote and none was counted, with the units on the ballot in rank order. */
  ballots: { award: string; candidates: string[] }[];
  /** Groups of units the whole tie-break chain left to the meeting, in the order the ranking lists them. */
  ties: { units: string[]; total: number }[];
};

/**
 * The ballots and tie decisions a ranking is waiting for: an award with `vote: "pending"` (its candidates are the
 * units the ranking put forward for it: past its gates and within reach of its quota), and adjacent ties no rule
 * and no decision broke, joined into groups.
 */
export function pendingDecisions(result: RankingOutcome): PendingDecisions {
  const ballots = result.proposals
    .filter((p) => p.vote === "pending")
    .map((p) => ({
      award: p.award,
      candidates: p.candidates.filter((c) => ON_BALLOT.has(c.outcome)).map((c) => c.unitId),
    }));
  const rankOf = new Map(result.units.map((u, i) => [u.unitId, i]));
  ballots.forEach((b) => b.candidates.sort((x, y) => (rankOf.get(x) ?? 0) - (rankOf.get(y) ?? 0)));
  const ties: PendingDecisions["ties"] = [];
  for (const tie of result.ties) {
    if (tie.resolvedBy !== null) continue;
    const last = ties.at(-1);
    if (last && last.units.at(-1) === tie.above) last.units.push(tie.below);
    else ties.push({ units: [tie.above, tie.below], total: tie.total });
  }
  return { ballots: ballots.filter((b) => b.candidates.length > 0), ties };
}
