// The benches' bloc at the domain's scale: a 300-criterion scoring table (every criterion kind, tenths and
// half-points, a capped group in every section, bonus and deduction items), 15 members, a full ranking policy,
// one return per member and the year-end files a leader has (reviews, votes, a flag, last year's history).
import { fromFixed } from "../core/decimal";
import type { RankingInputs } from "../core/ranking";
import type { Entry, UnitReturn } from "../core/returns";
import type { CompiledTemplate, TemplateInput } from "../core/template";
import { parseTemplate } from "../core/template";

/** A bloc ready to rank: its compiled table, its returns and its year-end files. */
export interface BenchBloc {
  readonly compiled: CompiledTemplate;
  readonly returns: readonly UnitReturn[];
  readonly inputs: RankingInputs;
}

/** How big a bench bloc is; the real scale is 15 units × 300 criteria, tests use a tiny one. */
export interface BlocSize {
  readonly units: number;
  readonly criteria: number;
}

export const REAL_BLOC: BlocSize = { units: 15, criteria: 300 };

type NodeInput = NonNullable<TemplateInput["sections"]>[number];
type Rule = NonNullable<NodeInput["rule"]>;
type Adjustment = NonNullable<RankingInputs["reviews"]>["adjustments"][number];

/** Deterministic PRNG (mulberry32): the same seed gives the same bloc in every process. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RULES: readonly Rule[] = [
  { kind: "passFail" },
  {
    kind: "ladder",
    levels: [
      { code: "A", label: "Xuất sắc", points: 1.1 },
      { code: "B", label: "Tốt", points: 0.9 },
      { code: "C", label: "Đạt", points: 0.7 },
      { code: "D", label: "Không đạt", points: 0 },
    ],
  },
  { kind: "percentOfTarget", stepPercent: 1, pointsPerStepOver: 0.05, pointsPerStepUnder: 0.1, floor: 0 },
  { kind: "percentOfTarget", pointsPerStepUnder: 0.1, steps: "proportional", pointsPerStepOver: 0.1 },
  { kind: "relativeToBest" },
  { kind: "count", pointsPerItem: 0.1 },
  { kind: "violations", pointsPerViolation: 0.1, floor: 0.2 },
  { kind: "manual", step: 0.1 },
];

/**
 * The table: `criteria` criteria of standard 1 dealt over 5 sections × 2 groups (the second group of each section
 * capped at its standard), the 8 criterion kinds in turn, every 7th needing evidence; 5 bonus and 5 deduction items;
 * three awards and a policy with bands, gates, the tie-break chain, quotas, a confirming vote, stability and rotation.
 */
export function benchTemplate(id: string, size: BlocSize): TemplateInput {
  const groups: NodeInput[][] = Array.from({ length: 10 }, () => []);
  for (let k = 0; k < size.criteria; k++) {
    const g = k % 10;
    const code = `${Math.floor(g / 2) + 1}.${(g % 2) + 1}.${groups[g]!.length + 1}`;
    const rule = RULES[k % RULES.length]!;
    const max =
      rule.kind === "passFail" || rule.kind === "relativeToBest" || rule.kind === "violations" ? 1 : 1.2;
    groups[g]!.push({
      code,
      title: `Tiêu chí ${code}`,
      standard: 1,
      max,
      evidenceRequired: k % 7 === 6,
      rule,
    });
  }
  const sections: NodeInput[] = [1, 2, 3, 4, 5].map((s) => ({
    code: `${s}`,
    title: `Nội dung ${s}`,
    children: [1, 2]
      .map((g) => ({ g, children: groups[(s - 1) * 2 + g - 1]! }))
      .filter(({ children }) => children.length > 0)
      .map(({ g, children }) => ({
        code: `${s}.${g}`,
        title: `Nhóm ${s}.${g}`,
        children,
        ...(g === 2 ? { cap: children.length } : {}),
      })),
  }));
  // Random entries average ≈ 0.62 of the base: bands at 64 %, 60 % and 52 % of it put 1–3 of 15 units in Xuất sắc.
  const at = (share: number) => Math.round(size.criteria * share * 10) / 10;
  const majority = { comparison: ">" as const, numerator: 1, denominator: 2, of: "present" as const };
  return {
    formatVersion: 1,
    id,
    identity: {
      bloc: { id: `khoi-${id}`, name: `Khối đo hiệu năng ${id}` },
      province: "Hà Giang",
      year: 2022,
      period: "year-end",
      version: "1",
    },
    members: Array.from({ length: size.units }, (_, i) => ({
      id: `${id}-dv-${i + 1}`,
      name: `Đơn vị ${i + 1}`,
    })),
    base: size.criteria,
    rounding: { decimals: 2, mode: "half-up" },
    sections: sections.filter((s) => (s.children ?? []).length > 0),
    awards: [
      { id: "co-chinh-phu", name: "Cờ thi đua của Chính phủ" },
      { id: "co-ubnd-tinh", name: "Cờ thi đua của UBND tỉnh" },
      { id: "bang-khen", name: "Bằng khen" },
    ],
    bonus: {
      cap: 10,
      items: [
        {
          code: "T.1",
          title: "Cờ tỉnh năm trước",
          max: 5,
          rule: { kind: "awardHistory", award: "co-ubnd-tinh" },
        },
        { code: "T.2", title: "Mô hình", max: 3, rule: { kind: "count", pointsPerItem: 0.3 } },
        { code: "T.3", title: "Khen đột xuất", max: 2, rule: { kind: "passFail" } },
        { code: "T.4", title: "Điểm thưởng khác", max: 2.5, rule: { kind: "manual" } },
        { code: "T.5", title: "Sáng kiến", max: 1.5, rule: { kind: "count", pointsPerItem: 0.1 } },
      ],
    },
    deductions: {
      cap: 8,
      items: [
        { code: "TR.1", title: "Kỷ luật", max: 3, rule: { kind: "count", pointsPerItem: 0.7 } },
        { code: "TR.2", title: "Vụ việc", max: 2, rule: { kind: "passFail" } },
        { code: "TR.3", title: "Trừ khác", max: 1.5, rule: { kind: "manual" } },
        { code: "TR.4", title: "Chậm báo cáo", max: 2, rule: { kind: "count", pointsPerItem: 0.1 } },
        { code: "TR.5", title: "Vắng họp", max: 1, rule: { kind: "count", pointsPerItem: 0.2 } },
      ],
    },
    ranking: {
      eligibility: { corruption: "ranking" },
      minimumTotal: at(0.52),
      bands: [
        { id: "xuat-sac", name: "Xuất sắc", min: at(0.64) },
        { id: "tot", name: "Tốt", min: at(0.6) },
        { id: "kha", name: "Khá", min: at(0.52) },
      ],
      tieBreak: [
        { key: "votes", award: "co-ubnd-tinh" },
        { key: "section", code: "1" },
        { key: "fewerDeductions" },
        { key: "lastYearRank" },
        { key: "meeting" },
      ],
      awards: [
        {
          award: "co-ubnd-tinh",
          quota: { kind: "count", count: 3 },
          minBand: "tot",
          vote: { mode: "confirm", threshold: majority },
        },
        {
          award: "co-chinh-phu",
          requires: "co-ubnd-tinh",
          quota: { kind: "count", count: 1 },
          minBand: "xuat-sac",
        },
        {
          award: "bang-khen",
          quota: { kind: "percent", percent: 30, rounding: "half-up" },
          lastYearHolder: "excluded",
        },
      ],
      stability: {
        closeCallGap: 0.5,
        tieBreakAlternatives: [[{ key: "section", code: "1" }, { key: "meeting" }]],
      },
      rotation: { rule: "elected" },
    },
  };
}

/**
 * One return per member, random entries of every kind; evidence is missing on 1 in 10 criteria that need it and
 * counts may overshoot an item's maximum, unless `clean` (then validating a return finds no problem).
 */
export function randomReturns(compiled: CompiledTemplate, seed: number, clean = false): UnitReturn[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const tenth = (n: number) => int(n * 10) / 10;
  return compiled.template.members.map((member, r) => {
    const entries: Record<string, Entry> = {};
    for (const node of compiled.scorable) {
      const rule = node.rule!;
      const max = fromFixed(node.max);
      const entry = randomEntry(rule.kind, max, rnd, int, tenth);
      if (entry === undefined) continue;
      if (clean && rule.kind === "count")
        entry.count = Math.min(entry.count!, Math.floor(max / rule.pointsPerItem));
      if (node.evidenceRequired && (clean || rnd() < 0.9)) entry.evidence = [{ ref: `BC-${r}` }];
      entries[node.code] = entry;
    }
    return {
      formatVersion: 1,
      template: { id: compiled.template.id, fingerprint: compiled.fingerprint },
      unitId: member.id,
      submittedAt: `2022-12-${String(1 + (r % 9)).padStart(2, "0")}T08:00:00+07:00`,
      entries,
    };
  });
}

function randomEntry(
  kind: Rule["kind"],
  max: number,
  rnd: () => number,
  int: (n: number) => number,
  tenth: (n: number) => number,
): Entry | undefined {
  switch (kind) {
    case "passFail":
      return { passed: rnd() < 0.8 };
    case "ladder":
      return { level: "ABCD"[int(4)]! };
    case "percentOfTarget":
      return rnd() < 0.5 ? { achieved: tenth(150), target: 1 + tenth(99) } : { percent: 60 + tenth(60) };
    case "relativeToBest":
      return { quantity: tenth(300) };
    case "count":
    case "violations":
      return { count: int(12) };
    case "manual":
      return { score: Math.min(tenth(max + 0.1), max) };
    case "awardHistory":
      return undefined;
  }
}

/**
 * The leader's year-end files: every unit reviewed on 3 distinct criteria (one of them reviewed again after its
 * explanation), a ballot for the provincial flag and the leader's election, one unit under investigation when the
 * bloc has 10 or more, last year's awards (2 units), term and ranks.
 */
export function benchInputs(compiled: CompiledTemplate, seed: number): RankingInputs {
  const rnd = prng(seed);
  const ids = compiled.template.members.map((m) => m.id);
  const criteria = compiled.scorable.filter((n) => n.block === "sections");
  const adjustments: Adjustment[] = [];
  for (const unitId of ids) {
    const picked = new Set<number>();
    while (picked.size < Math.min(3, criteria.length)) picked.add(Math.floor(rnd() * criteria.length));
    for (const [k, at] of [...picked].entries()) {
      const node = criteria[at]!;
      const points = Math.floor((rnd() * node.max) / 1000) / 10;
      const base = {
        unitId,
        code: node.code,
        points,
        reviewer: "Khối trưởng",
        reason: `Minh chứng chưa đủ (${k})`,
      };
      adjustments.push({ ...base, stage: "review", at: "2022-12-10T09:00:00+07:00" });
      if (k === 0) {
        const again = Math.min(points + 0.1, fromFixed(node.max));
        adjustments.push({ ...base, points: again, stage: "second-review", at: "2022-12-14T09:00:00+07:00" });
      }
    }
  }
  const n = ids.length;
  const counts = { membersTotal: n, membersPresent: n, ballotsCast: n, ballotsValid: n };
  return {
    reviews: { formatVersion: 1, adjustments, explanations: [] },
    votes: {
      formatVersion: 1,
      ballots: [
        {
          award: "co-ubnd-tinh",
          ...counts,
          tallies: ids.map((unitId) => ({ unitId, votes: Math.floor(rnd() * (n + 1)) })),
        },
      ],
      elections: [
        { role: "leader", year: 2023, ...counts, tallies: [{ unitId: ids[n > 2 ? 2 : 0]!, votes: n }] },
      ],
    },
    eligibility: {
      formatVersion: 1,
      flags: n >= 10 ? [{ unitId: ids[9]!, flag: "investigation", reason: "Đang thanh tra (mẫu)" }] : [],
      stepsAside: [],
    },
    history: {
      formatVersion: 1,
      awards: ids
        .slice(0, 2)
        .map((unitId, i) => ({ unitId, year: 2021, award: i ? "bang-khen" : "co-ubnd-tinh" })),
      terms: [{ year: 2022, leader: ids[0]!, deputy: ids[n > 1 ? 1 : 0]! }],
      ranks: ids.map((unitId, i) => ({ year: 2021, unitId, rank: i + 1 })),
    },
  };
}

/** Bloc number `index` of a bench province (its own table id, members and data); throws if the table is invalid. */
export function benchBloc(index: number, size: BlocSize = REAL_BLOC): BenchBloc {
  const parsed = parseTemplate(benchTemplate(`khoi-${index + 1}`, size));
  if (!parsed.ok) throw new Error(`bench table invalid: ${JSON.stringify(parsed.problems).slice(0, 800)}`);
  const compiled = parsed.compiled;
  return {
    compiled,
    returns: randomReturns(compiled, 20221205 + index),
    inputs: benchInputs(compiled, 20191215 + index),
  };
}
