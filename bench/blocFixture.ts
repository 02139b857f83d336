// The benches' bloc at the domain's scale: the 300-criterion table (benchTemplate.ts) with 15 members, one return
// per member and the year-end files a leader has (reviews, votes, a flag, last year's history).
import { fromFixed } from "../core/decimal";
import type { RankingInputs } from "../core/ranking";
import type { Entry, UnitReturn } from "../core/returns";
import type { CompiledTemplate, TemplateInput } from "../core/template";
import { parseTemplate } from "../core/template";
import type { BlocSize } from "./benchTemplate";
import { REAL_BLOC, benchTemplate } from "./benchTemplate";
import { seededRandom } from "../test/helpers/seededRandom";

/** A bloc ready to rank: its compiled table, its returns and its year-end files. */
export interface BenchBloc {
  readonly compiled: CompiledTemplate;
  readonly returns: readonly UnitReturn[];
  readonly inputs: RankingInputs;
}

type Rule = NonNullable<NonNullable<TemplateInput["sections"]>[number]["rule"]>;
type Adjustment = NonNullable<RankingInputs["reviews"]>["adjustments"][number];

/**
 * One return per member, random entries of every kind; evidence is missing on 1 in 10 criteria that need it and
 * counts may overshoot an item's maximum, unless `clean` (then validating a return finds no problem).
 */
export function randomReturns(compiled: CompiledTemplate, seed: number, clean = false): UnitReturn[] {
  const rnd = seededRandom(seed);
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
  const rnd = seededRandom(seed);
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
