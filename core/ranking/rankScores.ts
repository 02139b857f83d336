import { fromFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { RankingPolicy, TieBreakKey } from "../template/rankingPolicySchema";
import { classifyBand } from "./classifyBand";
import type { EligibilityFile, EligibilityFlagEntry } from "./eligibilityFileSchema";
import { evaluateEligibility } from "./evaluateEligibility";
import type { HistoryFile } from "./historyFileSchema";
import { orderStandings } from "./orderStandings";
import { proposeAwards } from "./proposeAwards";
import type { RankedUnit, RankingOutcome, UnitStanding } from "./rankingResult";
import { prepareTieBreakKeys } from "./tieBreakKeys";
import type { VotesFile } from "./votesFileSchema";

/** What ranking needs besides the standings: the template, its policy, and the votes, history and eligibility files. */
export type RankingContext = {
  compiled: CompiledTemplate;
  policy: RankingPolicy;
  votes?: VotesFile;
  history?: HistoryFile;
  eligibility?: EligibilityFile;
};

const collator = new Intl.Collator("vi");

/**
 * Ranks a table of agreed standings (no scoring here): eligibility gates, order by total and the tie-break chain
 * (`chain` defaults to the policy's), competition ranks, a sentence per tie, bands and award proposals within quotas.
 * Deterministic: the standings' order does not matter.
 */
export function rankScores(
  ctx: RankingContext,
  standings: readonly UnitStanding[],
  chain: readonly TieBreakKey[] = ctx.policy.tieBreak,
  /** False: decide only, without tie sentences and candidate notes (stability reruns). */
  explain = true,
): RankingOutcome {
  const { compiled, policy } = ctx;
  const flagsByUnit = new Map<string, EligibilityFlagEntry[]>();
  for (const f of ctx.eligibility?.flags ?? []) {
    const list = flagsByUnit.get(f.unitId);
    if (list === undefined) flagsByUnit.set(f.unitId, [f]);
    else list.push(f);
  }
  const eligibility = standings.map((s) => evaluateEligibility(s, policy, flagsByUnit.get(s.unitId) ?? []));
  const bandIndex = standings.map((s) => classifyBand(policy.bands, s.total));
  const keys = prepareTieBreakKeys(chain, standings, { compiled, votes: ctx.votes, history: ctx.history });
  const rankedIdx: number[] = [];
  const unrankedIdx: number[] = [];
  eligibility.forEach((e, i) => (e.ranked ? rankedIdx : unrankedIdx).push(i));
  const ordering = orderStandings(standings, rankedIdx, keys, explain);
  const { proposals, perUnit } = proposeAwards({
    compiled,
    policy,
    standings,
    ordering,
    eligibility,
    bandIndex,
    votes: ctx.votes,
    history: ctx.history,
    eligibilityFile: ctx.eligibility,
    explain,
  });

  const bandLabels = policy.bands.map((b) => ({ id: b.id, name: msg(b.name, b.nameEn ?? b.name) }));
  const row = (idx: number, rank: number | null): RankedUnit => {
    const s = standings[idx]!;
    const band = rank === null ? undefined : bandLabels[bandIndex[idx]!];
    const awards = perUnit[idx]!;
    return {
      unitId: s.unitId,
      name: s.name,
      hasReturn: s.hasReturn,
      selfTotal: fromFixed(s.selfTotal),
      reviewedScore: fromFixed(s.reviewedScore),
      bonus: fromFixed(s.bonus),
      deductions: fromFixed(s.deductions),
      total: fromFixed(s.total),
      rank,
      band: band ?? null,
      eligibility: eligibility[idx]!,
      proposals: awards,
      proposed: awards[0] ?? null,
      stages: [],
    };
  };
  const units = ordering.order.map((idx, pos) => row(idx, ordering.ranks[pos]!));
  unrankedIdx
    .sort(
      (a, b) =>
        collator.compare(standings[a]!.name, standings[b]!.name) ||
        cmp(standings[a]!.unitId, standings[b]!.unitId),
    )
    .forEach((idx) => units.push(row(idx, null)));
  return { units, ties: ordering.ties, proposals };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
