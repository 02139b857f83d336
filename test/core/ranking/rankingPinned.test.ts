import { toFixed } from "../../../core/decimal/fixed";
import type { RankingInputs, SelfScores } from "../../../core/ranking/rankingInputs";
import type { RankingContext } from "../../../core/ranking/rankScores";
import { decideRanking, gateStandings, rankScoresWithOrdering } from "../../../core/ranking/rankScores";
import { rankScoreTable } from "../../../core/ranking/rankScoreTable";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import type { RankingPolicyInput, TieBreakKey } from "../../../core/template/rankingPolicySchema";
import { compiledWith, plain, standingsOf } from "./rankingKit";
import { seededRandom } from "../../helpers/seededRandom";

// A tie-heavy bloc of 60 units ranked end to end on computed scores. The expected output was written by the ranking
// step as it was before tie sentences and candidate notes became lazy (and the stability rerun started from the
// base ordering): the words, order, ranks, proposals and stability must stay exactly the same.

const NAMES = [
  "Công an tỉnh",
  "Tòa án nhân dân tỉnh",
  "Viện Kiểm sát nhân dân tỉnh",
  "Sở Tư pháp",
  "Thanh tra tỉnh",
  "Cục Thi hành án dân sự",
  "Sở Nội vụ",
  "Bộ Chỉ huy Quân sự",
  "Bộ đội Biên phòng",
  "Ban Dân vận",
  "Ban Tổ chức",
  "Báo Hà Giang",
  "Đài Phát thanh",
  "Ủy ban Kiểm tra",
  "Đảng ủy Khối",
];
const N = 60;
const ids = Array.from({ length: N }, (_, i) => `don-vi-${String(i + 1).padStart(2, "0")}`);
// Names repeat with a suffix, so the Vietnamese name order (accents, đ after d) decides the display of full ties.
const names = ids.map(
  (_, i) => `${NAMES[i % NAMES.length]!}${i < NAMES.length ? "" : ` ${Math.floor(i / 15) + 1}`}`,
);

const majority = { comparison: ">" as const, numerator: 1, denominator: 2, of: "present" as const };
const fullChain: TieBreakKey[] = [
  { key: "votes", award: "co-ubnd-tinh" },
  { key: "section", code: "I" },
  { key: "fewerDeductions" },
  { key: "moreBonus" },
  { key: "earliestSubmission" },
  { key: "lastYearRank" },
  { key: "meeting" },
];

const POLICIES: Record<string, RankingPolicyInput> = {
  "every key, top-N vote, step-aside, prerequisite, last year's holders excluded": {
    minimumTotal: 58,
    bands: [
      { id: "xuat-sac", name: "Xuất sắc", nameEn: "Excellent", min: 68 },
      { id: "tot", name: "Tốt", min: 62 },
    ],
    eligibility: { corruption: "ranking", investigation: "awards" },
    tieBreak: fullChain,
    awards: [
      {
        award: "co-ubnd-tinh",
        quota: { kind: "count", count: 8 },
        minBand: "tot",
        vote: { mode: "topN", topN: 12, threshold: majority },
        lastYearHolder: "mayStepAside",
      },
      {
        award: "co-chinh-phu",
        requires: "co-ubnd-tinh",
        quota: { kind: "count", count: 2 },
        minBand: "xuat-sac",
      },
      {
        award: "bang-khen",
        quota: { kind: "percent", percent: 15, rounding: "half-up" },
        lastYearHolder: "excluded",
      },
    ],
    stability: {
      closeCallGap: 0.5,
      tieBreakAlternatives: [[{ key: "section", code: "I" }, { key: "meeting" }], [{ key: "meeting" }]],
    },
  },
  "ties left to the meeting, the vote decides, cumulative awards": {
    bands: [{ id: "xuat-sac", name: "Xuất sắc", min: 62 }],
    tieBreak: [{ key: "meeting" }],
    oneAwardPerUnit: false,
    awards: [
      {
        award: "co-ubnd-tinh",
        quota: { kind: "count", count: 5 },
        vote: { mode: "voteDecides", threshold: majority },
      },
      {
        award: "bang-khen",
        quota: { kind: "count", count: 7 },
        vote: { mode: "confirm", threshold: majority },
      },
    ],
    stability: { closeCallGap: 1, tieBreakAlternatives: [fullChain] },
  },
};

function compiledFor(policy: RankingPolicyInput): CompiledTemplate {
  return compiledWith(policy, {
    members: ids.map((id, i) => ({ id, name: names[i]! })),
    leader: undefined,
    deputy: undefined,
  });
}

/** Self points on a few criteria from coarse values (so totals tie often), submission times and every year-end file. */
function bloc(compiled: CompiledTemplate): { table: SelfScores[]; inputs: RankingInputs } {
  const rnd = seededRandom(2019);
  const pick = <T>(values: readonly T[]) => values[Math.floor(rnd() * values.length)]!;
  const at = (code: string) => compiled.byCode.get(code)!.index;
  const table: SelfScores[] = ids.flatMap((unitId, i) => {
    if (i % 29 === 28) return []; // no return
    const points = new Float64Array(compiled.nodes.length);
    points[at("I.1")] = toFixed(pick([25, 30, 30, 33]));
    points[at("I.2")] = toFixed(pick([7, 10, 10, 12]));
    points[at("II.1")] = toFixed(pick([0, 5, 5]));
    points[at("III.1")] = toFixed(pick([15, 20, 20, 22.5]));
    points[at("T.3")] = toFixed(pick([0, 0, 2, 4]));
    points[at("TR.1")] = toFixed(pick([0, 0, 1]));
    const day = pick(["01", "02", "02", "03"]);
    return [{ unitId, points, submittedAt: `2022-12-${day}T08:00:00+07:00`, complete: rnd() < 0.9 }];
  });
  const counts = { membersTotal: N, membersPresent: N - 2, ballotsCast: N - 2, ballotsValid: N - 3 };
  const tallies = ids
    .filter(() => rnd() < 0.8)
    .map((unitId) => ({ unitId, votes: pick([10, 20, 29, 30, 40]) }));
  return {
    table,
    inputs: {
      votes: {
        formatVersion: 1,
        ballots: [
          { award: "co-ubnd-tinh", ...counts, tallies },
          { award: "bang-khen", ...counts, tallies: tallies.map((t) => ({ ...t, votes: N - t.votes })) },
        ],
        elections: [],
      },
      eligibility: {
        formatVersion: 1,
        flags: [
          { unitId: ids[4]!, flag: "corruption", reason: "Vụ việc năm 2022" },
          { unitId: ids[9]!, flag: "investigation", reason: "Đang thanh tra" },
          { unitId: ids[17]!, flag: "investigation", reason: "Đang thanh tra" },
        ],
        stepsAside: ids
          .filter((_, i) => i % 6 === 1)
          .map((unitId) => ({ unitId, award: "co-ubnd-tinh", reason: "Nhường đơn vị bạn" })),
      },
      history: {
        formatVersion: 1,
        awards: ids
          .filter((_, i) => i % 6 === 1 || i % 7 === 3)
          .map((unitId, k) => ({ unitId, year: 2021, award: k % 2 ? "bang-khen" : "co-ubnd-tinh" })),
        terms: [],
        ranks: ids
          .filter((_, i) => i % 4 !== 0)
          .map((unitId, k) => ({ year: 2021, unitId, rank: ((k * 7) % 45) + 1 })),
      },
    },
  };
}

describe("ranking step, pinned on a tie-heavy bloc of 60 units", () => {
  for (const [name, policy] of Object.entries(POLICIES)) {
    it(`gives the same words, order, proposals and stability as before (${name})`, () => {
      const compiled = compiledFor(policy);
      const { table, inputs } = bloc(compiled);
      const out = rankScoreTable(compiled, table, inputs);
      expect(out.ties.length).toBeGreaterThan(10);
      expect({
        units: out.units.map(
          (u) =>
            `${u.rank ?? "–"} ${u.unitId} ${u.total} ${u.band?.id ?? "-"} [${u.proposals.join(" ")}] ` +
            u.eligibility.reasons.map((r) => `${r.flag}:${r.effect}`).join(","),
        ),
        ties: out.ties.map(
          (t) => `${t.above} > ${t.below} (${t.total}): ${t.sentence.vi} | ${t.sentence.en}`,
        ),
        proposals: out.proposals.map((p) => ({
          award: p.award,
          quota: `${p.quota}: ${p.quotaExplanation.vi}`,
          proposed: p.proposed,
          undecided: p.undecided,
          unused: p.unused === 0 ? 0 : `${p.unused}: ${p.unusedReason?.vi} | ${p.unusedReason?.en}`,
          vote: p.vote,
          candidates: p.candidates.map((c) => `${c.unitId} ${c.outcome}: ${c.detail.vi} | ${c.detail.en}`),
        })),
        stability: plain(out.stability),
      }).toMatchSnapshot();
    });
  }

  it("writes the same words into JSON as it gives when read", () => {
    const compiled = compiledFor(Object.values(POLICIES)[0]!);
    const { table, inputs } = bloc(compiled);
    const json = plain(rankScoreTable(compiled, table, inputs)) as ReturnType<typeof rankScoreTable>;
    const read = rankScoreTable(compiled, table, inputs);
    expect(json.ties).toEqual(
      read.ties.map((t) => ({ ...t, sentence: { vi: t.sentence.vi, en: t.sentence.en } })),
    );
    expect(json.proposals.map((p) => p.candidates)).toEqual(
      read.proposals.map((p) =>
        p.candidates.map((c) => ({ ...c, detail: { vi: c.detail.vi, en: c.detail.en } })),
      ),
    );
    // Sentences are plain { vi, en } objects: spreading or cloning one keeps both languages.
    const tie = read.ties[0]!.sentence;
    expect({ ...tie }).toEqual({ vi: tie.vi, en: tie.en });
    expect(structuredClone(read.proposals[0]!.candidates[0]!.detail)).toEqual(
      read.proposals[0]!.candidates[0]!.detail,
    );
    expect(Object.keys(tie)).toEqual(["vi", "en"]);
  });

  it("decides a stability rerun on the base ranking's gates exactly as a fresh ranking does", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = seededRandom(seed);
      const policy = POLICIES[Object.keys(POLICIES)[seed % 2]!]!;
      const compiled = compiledFor(policy);
      const ctx: RankingContext = { compiled, policy: compiled.template.ranking!, ...bloc(compiled).inputs };
      const specs = Object.fromEntries(
        ids
          .filter(() => rnd() < 0.95)
          .map((id) => [
            id,
            {
              total: [55, 62, 62, 68, 70.5][Math.floor(rnd() * 5)]!,
              deductions: [0, 1][Math.floor(rnd() * 2)]!,
              nodes: { I: [40, 45, 45][Math.floor(rnd() * 3)]! },
              submittedAt: rnd() < 0.5 ? "2022-12-01T08:00:00+07:00" : undefined,
            },
          ]),
      );
      const standings = standingsOf(compiled, specs);
      const gates = gateStandings(ctx, standings);
      rankScoresWithOrdering(ctx, standings, ctx.policy.tieBreak, gates); // fills the gates' key and tally caches
      for (const chain of [
        ...ctx.policy.stability.tieBreakAlternatives,
        fullChain,
        [{ key: "meeting" as const }],
      ]) {
        const rerun = decideRanking(ctx, standings, chain, gates);
        const fresh = decideRanking(ctx, standings, chain, gateStandings(ctx, standings));
        expect([...rerun.rankOf]).toEqual([...fresh.rankOf]);
        expect(plain(rerun.proposals)).toEqual(plain(fresh.proposals));
      }
    }
  });
});
