import type { z } from "zod";
import type { PeriodInput, VotesBodySchema } from "../../../core/api";

/** One award's ballot as counted at the meeting (biên bản kiểm phiếu); the members are the period's. */
export type BallotEntry = {
  award: string;
  membersPresent: number;
  ballotsCast: number;
  ballotsValid: number;
  tallies: Record<string, number>;
};

/** The meeting's order for units the tie-break chain left level, best first, and the minutes' reason. */
export type TieEntry = { order: string[]; reason: string };

/**
 * The votes file to PUT (the endpoint replaces it): the latest stored one with these ballots replacing the same
 * awards' and these tie decisions added; a tie without a reason is not a decision and is left out.
 */
export function votesBody(
  stored: readonly PeriodInput[],
  ballots: readonly BallotEntry[],
  ties: readonly TieEntry[],
  membersTotal: number,
  heldAt: string,
): z.input<typeof VotesBodySchema> {
  const latest = stored.filter((i) => i.kind === "votes").at(-1)?.value;
  const counted = ballots.map((b) => ({
    award: b.award,
    membersTotal,
    membersPresent: b.membersPresent,
    ballotsCast: b.ballotsCast,
    ballotsValid: b.ballotsValid,
    heldAt,
    tallies: Object.entries(b.tallies).map(([unitId, votes]) => ({ unitId, votes })),
  }));
  const decisions = ties
    .filter((t) => t.reason.trim() !== "")
    .map((t) => ({ order: t.order, reason: t.reason.trim(), decidedAt: heldAt }));
  return {
    formatVersion: 1,
    ballots: [
      ...(latest?.ballots ?? []).filter((b) => !ballots.some((n) => n.award === b.award)),
      ...counted,
    ],
    elections: latest?.elections ?? [],
    tieDecisions: [...(latest?.tieDecisions ?? []), ...decisions],
  };
}
