import type { HistoryFile, PastRank, Term } from "../ranking/historyFileSchema";
import type { AwardRecord } from "../returns/awardHistory";
import type { CouncilDecision } from "./councilDecision";
import { applyDecisions, proposalKeys } from "./councilDecision";
import type { FinalizedSummary } from "./finalizedSummary";
import { latestVersions } from "./finalizedSummary";

/**
 * The bloc's history as ranking reads it (awards, terms, past ranks) for a year: what was imported when the bloc
 * was set up, plus every year-end period finalized before `year` (its latest version). A finalized year replaces
 * the imported records of that year. An award counts as the council decided it (`decisions`, conferred or revoked;
 * not conferred, it is gone); a proposal (đề nghị) the council has not decided on yet counts as proposed
 * (`awaitingCouncil` lists those).
 */
export function blocHistory(
  imported: HistoryFile | undefined,
  finalized: readonly FinalizedSummary[],
  year: number,
  decisions: readonly CouncilDecision[] = [],
): HistoryFile {
  const years = latestVersions(finalized).filter((f) => f.kind === "year-end" && f.year < year);
  const covered = new Set(years.map((f) => f.year));
  const awards: AwardRecord[] = (imported?.awards ?? []).filter((a) => !covered.has(a.year));
  const ranks: PastRank[] = (imported?.ranks ?? []).filter((r) => !covered.has(r.year));
  const terms = new Map<number, Term>((imported?.terms ?? []).map((t) => [t.year, t]));
  for (const f of years) {
    for (const u of f.units) {
      for (const award of u.proposals) awards.push({ unitId: u.unitId, year: f.year, award });
      if (u.rank !== null) ranks.push({ year: f.year, unitId: u.unitId, rank: u.rank });
    }
    const r = f.rotation;
    if (r !== null && r.leader !== null && r.year <= year)
      terms.set(
        r.year,
        r.deputy === null
          ? { year: r.year, leader: r.leader }
          : { year: r.year, leader: r.leader, deputy: r.deputy },
      );
  }
  const decided = applyDecisions(
    awards,
    proposalKeys(years),
    decisions.filter((d) => d.year < year),
  );
  return {
    formatVersion: 1,
    ...(imported?.bloc === undefined ? {} : { bloc: imported.bloc }),
    awards: decided.awards,
    terms: [...terms.values()].sort((a, b) => a.year - b.year),
    ranks,
  };
}

/** The finalized proposals of years before `year` the council has not decided on yet. */
export function awaitingCouncil(
  finalized: readonly FinalizedSummary[],
  decisions: readonly CouncilDecision[],
  year: number,
): AwardRecord[] {
  const years = latestVersions(finalized).filter((f) => f.kind === "year-end" && f.year < year);
  const proposals = years.flatMap((f) =>
    f.units.flatMap((u) => u.proposals.map((award) => ({ unitId: u.unitId, year: f.year, award }))),
  );
  return applyDecisions(proposals, proposalKeys(years), decisions).undecided;
}
