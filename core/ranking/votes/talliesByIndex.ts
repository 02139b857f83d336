import type { VotesFile } from "../votesFileSchema";

/** Votes by standing index from the award's ballot (0: no tally; the last tally of a unit counts); undefined: no ballot. */
export function talliesByIndex(
  votes: VotesFile | undefined,
  award: string,
  count: number,
  indexOf: ReadonlyMap<string, number>,
): number[] | undefined {
  const ballot = votes?.ballots.find((b) => b.award === award);
  if (ballot === undefined) return undefined;
  const out = new Array<number>(count).fill(0);
  const tallies = ballot.tallies;
  for (let k = 0; k < tallies.length; k++) {
    const i = indexOf.get(tallies[k]!.unitId);
    if (i !== undefined) out[i] = tallies[k]!.votes;
  }
  return out;
}
