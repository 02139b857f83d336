import fc from "fast-check";
import { toFixed } from "../../../core/decimal/fixed";
import { rankBloc } from "../../../core/ranking/rankBloc";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import type { RankingResult } from "../../../core/ranking/rankingResult";
import { rankScores } from "../../../core/ranking/rankScores";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import type { RankingContext } from "../../../core/ranking/rankScores";
import type { UnitStanding } from "../../../core/ranking/rankingResult";
import type { RankingPolicyInput, TieBreakKey } from "../../../core/template/rankingPolicySchema";
import { ELIGIBILITY_FLAGS } from "../../../core/template/rankingPolicySchema";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";
import { compiledWith, contextWith, plain } from "./rankingKit";

const NAMES = [
  "Công an",
  "Tòa án",
  "Viện Kiểm sát",
  "Sở Tư pháp",
  "Thanh tra",
  "Cục THADS",
  "Sở Nội vụ",
  "Bộ CHQS",
  "Biên phòng",
  "Ban Dân vận",
  "Ban Tổ chức",
  "Báo",
  "Trường Chính trị",
  "Ủy ban Kiểm tra",
  "Đảng ủy Khối",
];

const keyArb: fc.Arbitrary<TieBreakKey> = fc.oneof(
  fc.constant({ key: "votes" as const, award: "co-ubnd-tinh" }),
  fc.constant({ key: "section" as const, code: "I" }),
  fc.constant({ key: "fewerDeductions" as const }),
  fc.constant({ key: "moreBonus" as const }),
  fc.constant({ key: "earliestSubmission" as const }),
  fc.constant({ key: "lastYearRank" as const }),
);
const thresholdArb = fc.record({
  comparison: fc.constantFrom(">" as const, ">=" as const),
  numerator: fc.integer({ min: 1, max: 3 }),
  denominator: fc.constantFrom(2, 3, 10),
  of: fc.constantFrom("present" as const, "total" as const),
});
const quotaArb = fc.oneof(
  fc.record({ kind: fc.constant("count" as const), count: fc.integer({ min: 0, max: 5 }) }),
  fc.record({
    kind: fc.constant("percent" as const),
    percent: fc.integer({ min: 0, max: 100 }),
    rounding: fc.constantFrom("down" as const, "up" as const, "half-up" as const),
  }),
  fc.record({
    kind: fc.constant("bySize" as const),
    rows: fc.constant<{ minMembers: number; maxMembers?: number; count: number }[]>([
      { minMembers: 1, maxMembers: 6, count: 1 },
      { minMembers: 7, count: 3 },
    ]),
  }),
);
const voteArb = fc.option(
  fc.record({
    mode: fc.constantFrom("confirm" as const, "topN" as const, "voteDecides" as const),
    topN: fc.integer({ min: 1, max: 6 }),
    threshold: thresholdArb,
  }),
  { nil: undefined },
);

/** The three awards of a random policy (provincial flag, Government flag, certificate) and the one-award rule. */
const awardsArbs = {
  provincial: fc.record({
    quota: quotaArb,
    vote: voteArb,
    lastYearHolder: fc.constantFrom("allowed" as const, "excluded" as const, "mayStepAside" as const),
  }),
  government: fc.record({ quota: quotaArb, vote: voteArb }),
  merit: fc.record({ quota: quotaArb }),
  oneAwardPerUnit: fc.boolean(),
};

/** A random bloc: members, a policy, votes, flags, history and standings drawn from few values so ties are common. */
const blocArb = fc.integer({ min: 2, max: 15 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    chain: fc.uniqueArray(keyArb, { maxLength: 4, selector: (k) => k.key }),
    ...awardsArbs,
    minimumTotal: fc.option(fc.constantFrom(80, 90, 95), { nil: undefined }),
    totals: fc.array(fc.constantFrom(80, 90, 90.5, 95, 97.25, 100), { minLength: n, maxLength: n }),
    sectionI: fc.array(fc.constantFrom(30, 40, 48.5), { minLength: n, maxLength: n }),
    bonus: fc.array(fc.constantFrom(0, 2.5, 5), { minLength: n, maxLength: n }),
    deductions: fc.array(fc.constantFrom(0, 1, 2), { minLength: n, maxLength: n }),
    submitted: fc.array(
      fc.option(fc.constantFrom("2022-12-01T08:00:00+07:00", "2022-12-02T08:00:00Z"), { nil: undefined }),
      { minLength: n, maxLength: n },
    ),
    hasReturn: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    votes: fc.array(fc.integer({ min: 0, max: n }), { minLength: n, maxLength: n }),
    flags: fc.array(fc.option(fc.constantFrom(...ELIGIBILITY_FLAGS), { nil: undefined }), {
      minLength: n,
      maxLength: n,
    }),
    ranking: fc.constantFrom("awards" as const, "ranking" as const, "none" as const),
    lastYear: fc.array(fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }), {
      minLength: n,
      maxLength: n,
    }),
    permutation: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    // The meeting's tie decisions (by member index): most match no group and are not applied, some order one.
    decisions: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 3 }), {
      maxLength: 2,
    }),
  }),
);

type Bloc = typeof blocArb extends fc.Arbitrary<infer T> ? T : never;

function build(b: Bloc): { ctx: RankingContext; standings: UnitStanding[] } {
  const ids = Array.from({ length: b.n }, (_, i) => `u-${i + 1}`);
  const policy: RankingPolicyInput = {
    tieBreak: [...b.chain, { key: "meeting" }],
    minimumTotal: b.minimumTotal,
    bands: [
      { id: "xuat-sac", name: "Xuất sắc", min: 95 },
      { id: "tot", name: "Tốt", min: 85 },
    ],
    eligibility: { corruption: b.ranking, manual: "ranking" },
    oneAwardPerUnit: b.oneAwardPerUnit,
    awards: [
      { award: "co-chinh-phu", requires: "co-ubnd-tinh", quota: b.government.quota, vote: b.government.vote },
      {
        award: "co-ubnd-tinh",
        quota: b.provincial.quota,
        vote: b.provincial.vote,
        lastYearHolder: b.provincial.lastYearHolder,
        minBand: "xuat-sac",
      },
      { award: "bang-khen", quota: b.merit.quota, minBand: "tot" },
    ],
  };
  const ballot = (award: string) => ({
    award,
    membersTotal: b.n,
    membersPresent: b.n,
    ballotsCast: b.n,
    ballotsValid: b.n,
    tallies: ids.map((unitId, i) => ({ unitId, votes: b.votes[i]! })),
  });
  const ctx = contextWith(
    policy,
    {
      votes: {
        formatVersion: 1,
        ballots: [ballot("co-ubnd-tinh"), ballot("co-chinh-phu")],
        elections: [],
        tieDecisions: b.decisions.map((d) => ({ order: d.map((i) => ids[i]!), reason: "biểu quyết" })),
      },
      eligibility: {
        formatVersion: 1,
        flags: ids.flatMap((unitId, i) =>
          b.flags[i] ? [{ unitId, flag: b.flags[i]!, reason: "lý do" }] : [],
        ),
        stepsAside: ids
          .filter((_, i) => i % 2 === 0)
          .map((unitId) => ({ unitId, award: "co-ubnd-tinh", reason: "nhường" })),
      },
      history: {
        formatVersion: 1,
        awards: ids
          .filter((_, i) => i % 3 === 0)
          .map((unitId) => ({ unitId, year: 2021, award: "co-ubnd-tinh" })),
        terms: [],
        ranks: ids.flatMap((unitId, i) =>
          b.lastYear[i] ? [{ year: 2021, unitId, rank: b.lastYear[i]! }] : [],
        ),
      },
    },
    { members: ids.map((id, i) => ({ id, name: NAMES[i]! })), leader: undefined, deputy: undefined },
  );
  const iIndex = ctx.compiled.byCode.get("I")!.index;
  const standings = ids.map((unitId, i): UnitStanding => {
    const nodePoints = new Float64Array(ctx.compiled.nodes.length);
    nodePoints[iIndex] = toFixed(b.sectionI[i]!);
    return {
      unitId,
      name: NAMES[i]!,
      hasReturn: b.hasReturn[i]!,
      selfTotal: toFixed(b.totals[i]!),
      selfScore: toFixed(b.totals[i]! - b.bonus[i]! + b.deductions[i]!),
      reviewedScore: toFixed(b.totals[i]! - b.bonus[i]! + b.deductions[i]!),
      bonus: toFixed(b.bonus[i]!),
      deductions: toFixed(b.deductions[i]!),
      total: toFixed(b.totals[i]!),
      nodePoints,
      submittedAt: b.submitted[i],
      complete: b.hasReturn[i]!,
    };
  });
  return { ctx, standings };
}

const RUNS = { numRuns: 100 };

describe("ranking properties", () => {
  it("gives the same result for the standings in any order", () => {
    fc.assert(
      fc.property(blocArb, (b) => {
        const { ctx, standings } = build(b);
        const shuffled = b.permutation.map((i) => standings[i]!);
        expect(plain(rankScores(ctx, shuffled))).toEqual(plain(rankScores(ctx, standings)));
      }),
      RUNS,
    );
  });

  it("never exceeds a quota, proposes only eligible ranked units, and the Government flag only among provincial ones", () => {
    fc.assert(
      fc.property(blocArb, (b) => {
        const { ctx, standings } = build(b);
        const out = rankScores(ctx, standings);
        const byId = new Map(out.units.map((u) => [u.unitId, u]));
        for (const p of out.proposals) {
          expect(p.proposed.length).toBeLessThanOrEqual(p.quota);
          expect(p.unused).toBe(p.quota - p.proposed.length);
          if (p.unused > 0) expect(p.unusedReason).not.toBeNull();
          for (const id of p.proposed) {
            const u = byId.get(id)!;
            expect(u.rank).not.toBeNull();
            expect(u.eligibility.awardable).toBe(true);
            expect(u.proposals).toContain(p.award);
          }
        }
        const gov = out.proposals.find((p) => p.award === "co-chinh-phu")!.proposed;
        const prov = out.proposals.find((p) => p.award === "co-ubnd-tinh")!.proposed;
        for (const id of gov) expect(prov).toContain(id);
      }),
      RUNS,
    );
  });

  it("gives every tie (adjacent equal totals) a sentence, and ranks form a valid competition ranking", () => {
    fc.assert(
      fc.property(blocArb, (b) => {
        const { ctx, standings } = build(b);
        const out = rankScores(ctx, standings);
        const ranked = out.units.filter((u) => u.rank !== null);
        const tieKeys = new Set(out.ties.map((t) => `${t.above}>${t.below}`));
        let pairs = 0;
        ranked.forEach((u, i) => {
          if (i === 0) {
            expect(u.rank).toBe(1);
            return;
          }
          const prev = ranked[i - 1]!;
          expect(u.total).toBeLessThanOrEqual(prev.total);
          // Competition ranking: equal to the previous rank (a shared place) or the position.
          expect([prev.rank, i + 1]).toContain(u.rank);
          if (u.rank === prev.rank) expect(u.total).toBe(prev.total);
          if (u.total === prev.total) {
            pairs++;
            expect(tieKeys.has(`${prev.unitId}>${u.unitId}`)).toBe(true);
          }
        });
        expect(out.ties).toHaveLength(pairs);
        for (const t of out.ties) {
          expect(t.sentence.vi.length).toBeGreaterThan(20);
          expect(t.sentence.en.length).toBeGreaterThan(20);
          if (t.resolvedBy === null) expect(t.sentence.vi).toContain("Hội nghị Khối quyết định");
          if (t.decision !== undefined) {
            expect(t.resolvedBy).toEqual({ key: "meeting" });
            expect(t.sentence.vi).toContain("theo quyết định của Hội nghị Khối: biểu quyết");
          }
        }
        // A shared rank exists only where the chain left the tie to the meeting.
        const unresolved = new Set(out.ties.filter((t) => t.resolvedBy === null).map((t) => t.below));
        ranked.forEach((u, i) => {
          if (i > 0 && u.rank === ranked[i - 1]!.rank) expect(unresolved.has(u.unitId)).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

// Through rankBloc: generated returns (few distinct ones, so totals tie), reviews, explanations, cross-scores, votes,
// elections, history, flags and steps aside; every input array is then shuffled.
const CODES = ["I.1", "I.2", "II.2", "III.1", "T.3", "TR.3"] as const;
const day = (d: number) => `2022-12-0${d}T09:00:00+07:00`;
const unitArb = (n: number) => fc.integer({ min: 0, max: n - 1 });

const yearEndArb = fc.integer({ min: 3, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    finalScore: fc.constantFrom("reviewed" as const, "cross" as const),
    aggregation: fc.constantFrom("mean" as const, "median" as const, "trimmedMean" as const),
    minScorers: fc.integer({ min: 1, max: 3 }),
    chain: fc.uniqueArray(keyArb, { maxLength: 4, selector: (k) => k.key }),
    ...awardsArbs,
    minimumTotal: fc.option(fc.constantFrom(40, 60, 80), { nil: undefined }),
    rotation: fc.constantFrom("fixedOrder" as const, "deputyBecomesLeader" as const, "elected" as const),
    // Units drawing the same seed send the same return: equal totals.
    seeds: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: n, maxLength: n }),
    hasReturn: fc.array(fc.constantFrom(true, true, true, true, false), { minLength: n, maxLength: n }),
    /** An unknown code in the return: a validation problem (an incomplete submission). */
    incomplete: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    submitted: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), {
      minLength: n,
      maxLength: n,
    }),
    /** A second return of one unit (same or another time). */
    resent: fc.option(
      fc.record({
        unit: unitArb(n),
        seed: fc.integer({ min: 1, max: 3 }),
        day: fc.integer({ min: 1, max: 3 }),
      }),
      {
        nil: undefined,
      },
    ),
    adjustments: fc.array(
      fc.record({
        unit: unitArb(n),
        code: fc.constantFrom(...CODES),
        stage: fc.constantFrom("review" as const, "second-review" as const, "agreed" as const),
        points: fc.constantFrom(0, 2, 5, 10, 25, 40),
        day: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 5 },
    ),
    explanations: fc.array(
      fc.record({ unit: unitArb(n), code: fc.constantFrom(...CODES), day: fc.integer({ min: 1, max: 4 }) }),
      { maxLength: 3 },
    ),
    // Scorer n is not a member; a unit may score itself or score twice: none of these may count.
    // Few units and criteria, so scores pile up (and repeat) on the same ones.
    cross: fc.array(
      fc.record({
        scorer: fc.integer({ min: 0, max: n }),
        unit: fc.integer({ min: 0, max: 2 }),
        code: fc.constantFrom("I.2", "III.1"),
        points: fc.constantFrom(0, 3, 5, 8, 10, 40),
      }),
      { maxLength: 16 },
    ),
    ballots: fc.subarray(["co-ubnd-tinh", "co-chinh-phu"]),
    votes: fc.array(fc.integer({ min: 0, max: n }), { minLength: n, maxLength: n }),
    election: fc.array(fc.integer({ min: 0, max: n }), { minLength: n, maxLength: n }),
    // One unit in five flagged, so most can be proposed.
    flags: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...ELIGIBILITY_FLAGS) },
      ),
      { minLength: n, maxLength: n },
    ),
    stepAside: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    heldLastYear: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    lastYear: fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), {
      minLength: n,
      maxLength: n,
    }),
    shuffleSeed: fc.integer(),
  }),
);

type YearEnd = typeof yearEndArb extends fc.Arbitrary<infer T> ? T : never;
type Bloc2 = { compiled: CompiledTemplate; returns: UnitReturn[]; inputs: RankingInputs };

function buildYearEnd(y: YearEnd): Bloc2 {
  const ids = Array.from({ length: y.n }, (_, i) => `u-${i + 1}`);
  const policy: RankingPolicyInput = {
    finalScore: y.finalScore,
    crossScoring: { aggregation: y.aggregation, minScorers: y.minScorers },
    tieBreak: [...y.chain, { key: "meeting" }],
    minimumTotal: y.minimumTotal,
    bands: [
      { id: "xuat-sac", name: "Xuất sắc", min: 60 },
      { id: "tot", name: "Tốt", min: 40 },
    ],
    eligibility: { corruption: "ranking", manual: "ranking" },
    oneAwardPerUnit: y.oneAwardPerUnit,
    rotation: { rule: y.rotation },
    awards: [
      { award: "co-chinh-phu", requires: "co-ubnd-tinh", quota: y.government.quota, vote: y.government.vote },
      {
        award: "co-ubnd-tinh",
        quota: y.provincial.quota,
        vote: y.provincial.vote,
        lastYearHolder: y.provincial.lastYearHolder,
        minBand: "xuat-sac",
      },
      { award: "bang-khen", quota: y.merit.quota, minBand: "tot" },
    ],
  };
  const compiled = compiledWith(policy, {
    members: ids.map((id, i) => ({ id, name: NAMES[i]! })),
    leader: ids[0],
    deputy: ids[1],
  });
  const returnOf = (
    unitId: string,
    seed: number,
    at: number | undefined,
    incomplete: boolean,
  ): UnitReturn => {
    const r = randomReturn(compiled, unitId, seededRandom(seed), true);
    if (incomplete) r.entries["X.9"] = { score: 1 };
    return at === undefined ? r : { ...r, submittedAt: day(at) };
  };
  const returns = ids.flatMap((unitId, i) =>
    y.hasReturn[i] ? [returnOf(unitId, y.seeds[i]!, y.submitted[i], y.incomplete[i]!)] : [],
  );
  if (y.resent !== undefined) returns.push(returnOf(ids[y.resent.unit]!, y.resent.seed, y.resent.day, false));
  const counts = { membersTotal: y.n, membersPresent: y.n, ballotsCast: y.n, ballotsValid: y.n };
  const tallies = (votes: number[]) => ids.map((unitId, i) => ({ unitId, votes: votes[i]! }));
  const inputs: RankingInputs = {
    reviews: {
      formatVersion: 1,
      adjustments: y.adjustments.map((a, k) => ({
        unitId: ids[a.unit]!,
        code: a.code,
        stage: a.stage,
        points: a.points,
        reason: `Lý do ${k % 3}`,
        reviewer: "Khối trưởng",
        at: day(a.day),
      })),
      explanations: y.explanations.map((e) => ({
        unitId: ids[e.unit]!,
        code: e.code,
        text: "Giải trình",
        at: day(e.day),
      })),
    },
    cross: {
      formatVersion: 1,
      scores: y.cross.map((c) => ({
        scorer: ids[c.scorer] ?? "don-vi-khac",
        unitId: ids[c.unit]!,
        code: c.code,
        points: c.points,
      })),
    },
    votes: {
      formatVersion: 1,
      // A policy with a vote and no ballot gives a pending proposal.
      ballots: y.ballots.map((award) => ({ award, ...counts, tallies: tallies(y.votes) })),
      elections: [
        { role: "leader", year: 2023, ...counts, tallies: tallies(y.election) },
        { role: "deputy", year: 2023, ...counts, tallies: tallies([...y.election].reverse()) },
      ],
    },
    history: {
      formatVersion: 1,
      awards: ids.flatMap((unitId, i) =>
        y.heldLastYear[i] ? [{ unitId, year: 2021, award: "co-ubnd-tinh" }] : [],
      ),
      terms: [
        { year: 2021, leader: ids[2]!, deputy: ids[0]! },
        { year: 2022, leader: ids[1]!, deputy: ids[2]! },
      ],
      ranks: ids.flatMap((unitId, i) =>
        y.lastYear[i] ? [{ year: 2021, unitId, rank: y.lastYear[i]! }] : [],
      ),
    },
    eligibility: {
      formatVersion: 1,
      flags: ids.flatMap((unitId, i) => (y.flags[i] ? [{ unitId, flag: y.flags[i]!, reason: "lý do" }] : [])),
      stepsAside: ids.flatMap((unitId, i) =>
        y.stepAside[i] ? [{ unitId, award: "co-ubnd-tinh", reason: "nhường" }] : [],
      ),
    },
  };
  return { compiled, returns, inputs };
}

/** Every input array (and every ballot's tallies) in another order. */
function shuffledYearEnd(b: Bloc2, seed: number): Bloc2 {
  const rand = seededRandom(seed);
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const i = b.inputs;
  const ballots = <T extends { tallies: readonly unknown[] }>(xs: readonly T[]) =>
    shuffle(xs).map((x) => ({ ...x, tallies: shuffle(x.tallies) }));
  return {
    compiled: b.compiled,
    returns: shuffle(b.returns),
    inputs: {
      reviews: {
        ...i.reviews!,
        adjustments: shuffle(i.reviews!.adjustments),
        explanations: shuffle(i.reviews!.explanations),
      },
      cross: { ...i.cross!, scores: shuffle(i.cross!.scores) },
      votes: { ...i.votes!, ballots: ballots(i.votes!.ballots), elections: ballots(i.votes!.elections) },
      history: {
        ...i.history!,
        awards: shuffle(i.history!.awards),
        terms: shuffle(i.history!.terms),
        ranks: shuffle(i.history!.ranks),
      },
      eligibility: {
        ...i.eligibility!,
        flags: shuffle(i.eligibility!.flags),
        stepsAside: shuffle(i.eligibility!.stepsAside),
      },
    },
  };
}

/** Problems name records by their place in the file (`scores[3]`): compared without those places. */
const problemKeys = (r: RankingResult) =>
  r.problems
    .map(
      (p) =>
        `${p.source}|${p.unitId ?? ""}|${p.code ?? ""}|${p.path.replace(/\[\d+\]/g, "[]")}|${p.message.vi.replace(/\[\d+\]/g, "[]")}`,
    )
    .sort();

const rank = (b: Bloc2) => rankBloc(b.compiled, b.returns, b.inputs);
const YEAR_END_RUNS = { numRuns: 60 };
// Ties at the quota's edge are rarer (≈ 1 bloc in 20): more runs.
const EDGE_RUNS = { numRuns: 150 };

describe("ranking properties through rankBloc (returns, reviews, cross-scores, votes, history, flags)", () => {
  it("gives the same result and input hash for every input array in any order", () => {
    fc.assert(
      fc.property(yearEndArb, (y) => {
        const bloc = buildYearEnd(y);
        const a = rank(bloc);
        const b = rank(shuffledYearEnd(bloc, y.shuffleSeed));
        expect(plain({ ...b, problems: problemKeys(b) })).toEqual(plain({ ...a, problems: problemKeys(a) }));
      }),
      YEAR_END_RUNS,
    );
  });

  it("never exceeds a quota and proposes only ranked, awardable units above the minimum, the Government flag among provincial ones", () => {
    fc.assert(
      fc.property(yearEndArb, (y) => {
        const bloc = buildYearEnd(y);
        const out = rank(bloc);
        const byId = new Map(out.units.map((u) => [u.unitId, u]));
        for (const p of out.proposals) {
          expect(p.proposed.length).toBeLessThanOrEqual(p.quota);
          expect(p.unused).toBe(p.quota - p.proposed.length);
          if (p.unused > 0) expect(p.unusedReason).not.toBeNull();
          for (const id of p.proposed) {
            const u = byId.get(id)!;
            expect(u).toMatchObject({ hasReturn: true, eligibility: { ranked: true, awardable: true } });
            expect(u.rank).not.toBeNull();
            if (y.minimumTotal !== undefined) expect(u.total).toBeGreaterThanOrEqual(y.minimumTotal);
          }
        }
        const prov = out.proposals.find((p) => p.award === "co-ubnd-tinh")!.proposed;
        for (const id of out.proposals.find((p) => p.award === "co-chinh-phu")!.proposed)
          expect(prov).toContain(id);
      }),
      YEAR_END_RUNS,
    );
  });

  it("gives every tie a sentence naming both units, in both languages, and ranks form a valid competition ranking", () => {
    fc.assert(
      fc.property(yearEndArb, (y) => {
        const out = rank(buildYearEnd(y));
        const name = new Map(out.units.map((u) => [u.unitId, u.name]));
        const ranked = out.units.filter((u) => u.rank !== null);
        const tieKeys = new Set(out.ties.map((t) => `${t.above}>${t.below}`));
        ranked.forEach((u, i) => {
          if (i === 0) return expect(u.rank).toBe(1);
          const prev = ranked[i - 1]!;
          expect(u.total).toBeLessThanOrEqual(prev.total);
          expect([prev.rank, i + 1]).toContain(u.rank);
          if (u.rank === prev.rank) expect(u.total).toBe(prev.total);
          if (u.total === prev.total) expect(tieKeys.has(`${prev.unitId}>${u.unitId}`)).toBe(true);
        });
        expect(out.units.filter((u) => u.rank === null).every((u) => u.proposals.length === 0)).toBe(true);
        for (const t of out.ties) {
          for (const lang of ["vi", "en"] as const) {
            expect(t.sentence[lang]).toContain(name.get(t.above)!);
            expect(t.sentence[lang]).toContain(name.get(t.below)!);
          }
          if (t.resolvedBy === null) expect(t.sentence.vi).toContain("Hội nghị Khối quyết định");
          if (t.decision !== undefined) {
            expect(t.resolvedBy).toEqual({ key: "meeting" });
            expect(t.sentence.vi).toContain("theo quyết định của Hội nghị Khối: biểu quyết");
          }
        }
      }),
      YEAR_END_RUNS,
    );
  });

  it("never fills a place silently among units tied at the quota's edge: they are left to the meeting", () => {
    fc.assert(
      fc.property(yearEndArb, (y) => {
        const bloc = buildYearEnd(y);
        const out = rank(bloc);
        const rankOf = new Map(out.units.map((u) => [u.unitId, u.rank]));
        for (const p of out.proposals) {
          const ap = bloc.compiled.template.ranking!.awards.find((a) => a.award === p.award)!;
          const tallies = bloc.inputs.votes!.ballots.find((b) => b.award === p.award)?.tallies ?? [];
          const votesOf = (id: string) => tallies.find((t) => t.unitId === id)?.votes ?? 0;
          // Where the votes order the candidates, units tie only on equal rank and equal votes.
          const byVotes = p.vote === "held" && ap.vote !== undefined && ap.vote.mode !== "confirm";
          const level = (a: string, b: string) =>
            rankOf.get(a) === rankOf.get(b) && (!byVotes || votesOf(a) === votesOf(b));
          const note = new Map(p.candidates.map((c) => [c.unitId, c.outcome]));
          if (p.undecided.length > 0) {
            expect(p.unused).toBeGreaterThan(0);
            expect(p.undecided.length).toBeGreaterThan(p.unused);
            expect(p.unusedReason!.vi).toContain("Hội nghị quyết định");
            for (const id of p.undecided) {
              expect(level(id, p.undecided[0]!)).toBe(true);
              expect(note.get(id)).toBe("undecided");
              for (const chosen of p.proposed) expect(level(id, chosen)).toBe(false);
            }
          }
          // A unit level with a proposed one and not proposed itself was held back by a gate, and says so.
          for (const chosen of p.proposed) {
            for (const u of out.units) {
              if (u.rank === null || p.proposed.includes(u.unitId) || !level(u.unitId, chosen)) continue;
              expect(["proposed", "undecided", undefined]).not.toContain(note.get(u.unitId));
            }
          }
        }
      }),
      EDGE_RUNS,
    );
  });
});
