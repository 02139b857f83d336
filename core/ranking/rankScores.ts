import { fromFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { RankingPolicy, TieBreakKey } from "../template/rankingPolicySchema";
import { bandMinima, bandOfMinima } from "./classifyBand";
import type { EligibilityFile, EligibilityFlagEntry } from "./eligibilityFileSchema";
import { evaluateEligibility } from "./eligibility/evaluateEligibility";
import type { HistoryFile } from "./historyFileSchema";
import type { Ordering } from "./ties/orderStandings";
import { orderStandings } from "./ties/orderStandings";
import { proposeAwards } from "./awards/proposeAwards";
import type {
  AwardProposal,
  CriterionStage,
  RankedUnit,
  RankingOutcome,
  UnitEligibility,
  UnitStanding,
} from "./rankingResult";
import type { PreparedKey } from "./ties/prepareTieBreakKeys";
import { prepareTieBreakKeys } from "./ties/prepareTieBreakKeys";
import { talliesByIndex } from "./votes/talliesByIndex";
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
  gates: Gates = gateStandings(ctx, standings),
  /** Per standing: the criteria whose final points are not the self score (rows carry them; none by default). */
  stages?: readonly CriterionStage[][],
): RankingOutcome {
  return rankScoresWithOrdering(ctx, standings, chain, gates, stages).outcome;
}

/** `rankScores`, with the ordering it made (a stability rerun on the same standings starts from it). */
export function rankScoresWithOrdering(
  ctx: RankingContext,
  standings: readonly UnitStanding[],
  chain: readonly TieBreakKey[] = ctx.policy.tieBreak,
  gates: Gates = gateStandings(ctx, standings),
  stages?: readonly CriterionStage[][],
): { outcome: RankingOutcome; ordering: Ordering } {
  const { policy } = ctx;
  const { eligibility, bandIndex, unrankedIdx } = gates;
  const { ordering, proposals, perUnit } = decide(ctx, standings, chain, gates, true);

  const bandLabels = policy.bands.map((b) => ({ id: b.id, name: msg(b.name, b.nameEn ?? b.name) }));
  const row = (idx: number, rank: number | null): RankedUnit => {
    const s = standings[idx]!;
    const band = rank === null ? undefined : bandLabels[bandIndex[idx]!];
    const awards = perUnit[idx] ?? [];
    return {
      unitId: s.unitId,
      name: s.name,
      hasReturn: s.hasReturn,
      selfTotal: fromFixed(s.selfTotal),
      selfScore: fromFixed(s.selfScore),
      reviewedScore: fromFixed(s.reviewedScore),
      bonus: fromFixed(s.bonus),
      deductions: fromFixed(s.deductions),
      total: fromFixed(s.total),
      rank,
      band: band ?? null,
      eligibility: eligibility[idx]!,
      proposals: awards,
      proposed: awards[0] ?? null,
      stages: stages?.[idx] ?? [],
    };
  };
  const units = ordering.order.map((idx, pos) => row(idx, ordering.ranks[pos]!));
  const unranked = [...unrankedIdx].sort(
    (a, b) =>
      collator.compare(standings[a]!.name, standings[b]!.name) ||
      cmp(standings[a]!.unitId, standings[b]!.unitId),
  );
  for (const idx of unranked) units.push(row(idx, null));
  return {
    outcome: { units, ties: ordering.ties, proposals },
    ordering,
  };
}

/**
 * What does not depend on the tie-break chain, computed once per set of standings: eligibility and bands, and the
 * numbers every chain and award reads by standing index (a stability rerun reads them again instead of the objects).
 */
export type Gates = {
  eligibility: UnitEligibility[];
  /** Band position by standing index (0: the best band; -1: none). */
  bandIndex: number[];
  rankedIdx: number[];
  unrankedIdx: number[];
  /** Standing index by unit id. */
  indexOf: ReadonlyMap<string, number>;
  /** Tie-break keys prepared so far, by rule. */
  keys: Map<string, PreparedKey>;
  /** Votes by standing index per award ballot (undefined: no ballot), as far as asked for. */
  tallies(award: string): number[] | undefined;
};

/** Evaluates the eligibility gates and bands of every standing. */
export function gateStandings(ctx: RankingContext, standings: readonly UnitStanding[]): Gates {
  const flagsByUnit = new Map<string, EligibilityFlagEntry[]>();
  for (const f of ctx.eligibility?.flags ?? []) {
    const list = flagsByUnit.get(f.unitId);
    if (list === undefined) flagsByUnit.set(f.unitId, [f]);
    else list.push(f);
  }
  const n = standings.length;
  const eligibility: UnitEligibility[] = new Array<UnitEligibility>(n);
  const bandIndex = new Array<number>(n);
  const rankedIdx: number[] = [];
  const unrankedIdx: number[] = [];
  const indexOf = new Map(standings.map((s, i) => [s.unitId, i]));
  const none: EligibilityFlagEntry[] = [];
  const minima = bandMinima(ctx.policy.bands);
  for (let i = 0; i < n; i++) {
    const s = standings[i]!;
    const e = evaluateEligibility(s, ctx.policy, flagsByUnit.get(s.unitId) ?? none);
    eligibility[i] = e;
    bandIndex[i] = bandOfMinima(minima, s.total);
    (e.ranked ? rankedIdx : unrankedIdx).push(i);
  }
  const tallies = new Map<string, number[] | undefined>();
  return {
    eligibility,
    bandIndex,
    rankedIdx,
    unrankedIdx,
    indexOf,
    keys: new Map(),
    tallies: (award) => {
      if (!tallies.has(award)) tallies.set(award, talliesByIndex(ctx.votes, award, n, indexOf));
      return tallies.get(award);
    },
  };
}

/** The choices alone (ranks and proposals), for re-ranking under another option: no rows, sentences or notes. */
export type RankDecision = {
  /** Rank by standing index; 0: not ranked. */
  rankOf: number[];
  /** Standing index by unit id. */
  indexOf: ReadonlyMap<string, number>;
  proposals: AwardProposal[];
};

/** Decides the order and proposals under `chain` without writing anything (stability reruns). */
export function decideRanking(
  ctx: RankingContext,
  standings: readonly UnitStanding[],
  chain: readonly TieBreakKey[],
  gates: Gates = gateStandings(ctx, standings),
): RankDecision {
  const { ordering, proposals } = decide(ctx, standings, chain, gates, false);
  const rankOf = new Array<number>(standings.length).fill(0);
  for (let pos = 0; pos < ordering.order.length; pos++) rankOf[ordering.order[pos]!] = ordering.ranks[pos]!;
  return { rankOf, indexOf: gates.indexOf, proposals };
}

function decide(
  ctx: RankingContext,
  standings: readonly UnitStanding[],
  chain: readonly TieBreakKey[],
  gates: Gates,
  explain: boolean,
) {
  const keys = prepareTieBreakKeys(
    chain,
    standings,
    { compiled: ctx.compiled, votes: ctx.votes, history: ctx.history, tallies: gates.tallies },
    gates.indexOf,
    gates.keys,
  );
  const decisions = ctx.votes?.tieDecisions;
  const meeting =
    decisions !== undefined && decisions.length > 0 ? { decisions, indexOf: gates.indexOf } : undefined;
  const ordering = orderStandings(
    standings,
    gates.rankedIdx,
    keys,
    ctx.compiled.template.rounding.decimals,
    explain,
    meeting,
  );
  const { proposals, perUnit } = proposeAwards({
    compiled: ctx.compiled,
    policy: ctx.policy,
    standings,
    ordering,
    eligibility: gates.eligibility,
    bandIndex: gates.bandIndex,
    votes: ctx.votes,
    history: ctx.history,
    eligibilityFile: ctx.eligibility,
    explain,
  });
  return { ordering, proposals, perUnit };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
