import fc from "fast-check";
import { toFixed } from "../../../core/decimal/fixed";
import { rankScores } from "../../../core/ranking/rankScores";
import type { RankingContext } from "../../../core/ranking/rankScores";
import type { UnitStanding } from "../../../core/ranking/rankingResult";
import type { RankingPolicyInput, TieBreakKey } from "../../../core/template/rankingPolicySchema";
import { ELIGIBILITY_FLAGS } from "../../../core/template/rankingPolicySchema";
import { contextWith, plain } from "./rankingKit";

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

/** A random bloc: members, a policy, votes, flags, history and standings drawn from few values so ties are common. */
const blocArb = fc.integer({ min: 2, max: 15 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    chain: fc.uniqueArray(keyArb, { maxLength: 4, selector: (k) => k.key }),
    provincial: fc.record({
      quota: quotaArb,
      vote: voteArb,
      lastYearHolder: fc.constantFrom("allowed" as const, "excluded" as const, "mayStepAside" as const),
    }),
    government: fc.record({ quota: quotaArb, vote: voteArb }),
    merit: fc.record({ quota: quotaArb }),
    oneAwardPerUnit: fc.boolean(),
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
      votes: { formatVersion: 1, ballots: [ballot("co-ubnd-tinh"), ballot("co-chinh-phu")], elections: [] },
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
