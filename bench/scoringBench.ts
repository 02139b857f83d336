// Scoring benchmark: 10 000 returns of a 300-criterion table through the public API (`scoreReturns`), the exact
// fast path ranking uses, and what reading every explanation costs, beside a naive float evaluator measured in the
// same run. `npm run bench scoring`.
import { fromFixed } from "../core/decimal/fixed";
import type { Entry, UnitReturn } from "../core/returns/returnSchema";
import { aggregatePoints } from "../core/scoring/aggregatePoints";
import { criterionPoints } from "../core/scoring/criterionPoints";
import { bestQuantities, scoreReturns } from "../core/scoring/scoreReturns";
import type { CompiledTemplate } from "../core/template/compileTemplate";
import { parseTemplate } from "../core/template/parseTemplate";
import type { Template, TemplateInput, TemplateNode } from "../core/template/templateSchema";

const RETURNS = 10_000;
const RUNS = 5;
const MEMBERS = 12;

/** Deterministic PRNG (mulberry32), so every run scores the same returns. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type NodeInput = NonNullable<TemplateInput["sections"]>[number];

/** 290 criteria in 5 sections of 2 groups (one capped), every section kind, tenths and half-points; 5 + 5 items. */
export function benchTemplate(): TemplateInput {
  const rules: NonNullable<NodeInput["rule"]>[] = [
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
  let made = 0;
  const criterion = (code: string): NodeInput => {
    const rule = rules[made++ % rules.length]!;
    const max =
      rule.kind === "passFail" || rule.kind === "relativeToBest" || rule.kind === "violations" ? 1 : 1.2;
    return { code, title: `Tiêu chí ${code}`, standard: 1, max, evidenceRequired: made % 7 === 0, rule };
  };
  const sections: NodeInput[] = [];
  for (let s = 1; s <= 5; s++) {
    const groups: NodeInput[] = [];
    for (let g = 1; g <= 2; g++) {
      const children = Array.from({ length: 29 }, (_, c) => criterion(`${s}.${g}.${c + 1}`));
      groups.push({ code: `${s}.${g}`, title: `Nhóm ${s}.${g}`, children, ...(g === 2 ? { cap: 30 } : {}) });
    }
    sections.push({ code: `${s}`, title: `Nội dung ${s}`, children: groups });
  }
  return {
    formatVersion: 1,
    id: "bang-300-tieu-chi",
    identity: {
      bloc: { id: "khoi-do-hieu-nang", name: "Khối đo hiệu năng" },
      province: "Hà Giang",
      year: 2022,
      period: "year-end",
      version: "1",
    },
    members: Array.from({ length: MEMBERS }, (_, i) => ({ id: `don-vi-${i + 1}`, name: `Đơn vị ${i + 1}` })),
    base: 290,
    rounding: { decimals: 2, mode: "half-up" },
    sections,
    awards: [{ id: "co-ubnd-tinh", name: "Cờ thi đua của UBND tỉnh" }],
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
  };
}

export function randomReturns(compiled: CompiledTemplate, count: number, seed: number): UnitReturn[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const tenth = (n: number) => int(n * 10) / 10;
  const members = [...compiled.memberIds];
  return Array.from({ length: count }, (_, r) => {
    const entries: Record<string, Entry> = {};
    for (const node of compiled.scorable) {
      const rule = node.rule!;
      let entry: Entry | undefined;
      switch (rule.kind) {
        case "passFail":
          entry = { passed: rnd() < 0.8 };
          break;
        case "ladder":
          entry = { level: "ABCD"[int(4)]! };
          break;
        case "percentOfTarget":
          entry = rnd() < 0.5 ? { achieved: tenth(150), target: 1 + tenth(99) } : { percent: 60 + tenth(60) };
          break;
        case "relativeToBest":
          entry = { quantity: tenth(300) };
          break;
        case "count":
        case "violations":
          entry = { count: int(12) };
          break;
        case "manual":
          entry = { score: Math.min(tenth(fromFixed(node.max) + 0.1), fromFixed(node.max)) };
          break;
        case "awardHistory":
          break;
      }
      if (entry !== undefined) {
        if (node.evidenceRequired && rnd() < 0.9) entry.evidence = [{ ref: `BC-${r}` }];
        entries[node.code] = entry;
      }
    }
    return {
      formatVersion: 1,
      template: { id: compiled.template.id, fingerprint: compiled.fingerprint },
      unitId: members[r % members.length]!,
      entries,
    };
  });
}

/**
 * The naive baseline: walks the raw template recursively for every return, floating-point points, entries and
 * levels looked up by string per node, each criterion rounded with Math.round(x × 100) / 100. What a first
 * spreadsheet-style implementation looks like.
 */
export function naiveTotal(
  template: Template,
  ret: UnitReturn,
  best: ReadonlyMap<string, number>,
  history: Set<string>,
): number {
  const score = (node: TemplateNode): number => {
    if (node.children) {
      const sum = node.children.reduce((s, c) => s + score(c), 0);
      return node.cap === undefined ? sum : Math.min(sum, node.cap);
    }
    return criterion(
      node.code,
      node.standard ?? 0,
      node.max ?? node.standard ?? 0,
      node.rule!,
      node.evidenceRequired,
    );
  };
  // rounds each criterion to 2 decimals like a spreadsheet's ROUND(x; 2), in floating point
  const criterion = (...args: Parameters<typeof raw>): number => Math.round(raw(...args) * 100) / 100;
  const raw = (
    code: string,
    standard: number,
    max: number,
    rule: NonNullable<TemplateNode["rule"]>,
    evidenceRequired: boolean | undefined,
  ): number => {
    const e = ret.entries[code];
    if (rule.kind === "awardHistory") return history.has(`${ret.unitId}/${rule.award}`) ? max : 0;
    if (e === undefined) return 0;
    if (evidenceRequired && !(e.evidence && e.evidence.length > 0)) return 0;
    switch (rule.kind) {
      case "passFail":
        return e.passed ? standard : 0;
      case "ladder":
        return rule.levels.find((l) => l.code === e.level)?.points ?? 0;
      case "percentOfTarget": {
        const pct = e.percent ?? ((e.achieved ?? 0) / (e.target ?? 1)) * 100;
        const steps = (pct - 100) / rule.stepPercent;
        const n = rule.steps === "whole" ? Math.trunc(steps) : steps;
        const p = n >= 0 ? standard + n * rule.pointsPerStepOver : standard + n * rule.pointsPerStepUnder;
        return Math.max(rule.floor, Math.min(max, p));
      }
      case "relativeToBest": {
        const b = best.get(code) ?? 0;
        return b > 0 ? Math.min(max, (max * (e.quantity ?? 0)) / b) : 0;
      }
      case "count":
        return Math.min(max, (e.count ?? 0) * rule.pointsPerItem);
      case "violations":
        return Math.max(rule.floor, standard - (e.count ?? 0) * rule.pointsPerViolation);
      case "manual":
        return Math.max(0, Math.min(max, e.score ?? 0));
    }
  };
  const base = template.sections.reduce((s, n) => s + score(n), 0);
  const items = (block: Template["bonus"]) => {
    const sum = block.items.reduce(
      (s, item) => s + criterion(item.code, item.max, item.max, item.rule, item.evidenceRequired),
      0,
    );
    return block.cap === undefined ? sum : Math.min(sum, block.cap);
  };
  return base + items(template.bonus) - items(template.deductions);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, work: () => number, warmUp: () => unknown = work): { ms: number; check: number } {
  const times: number[] = [];
  let check = 0;
  warmUp(); // JIT and caches
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    check = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), check };
}

export async function run(): Promise<void> {
  const parsed = parseTemplate(benchTemplate());
  if (!parsed.ok) throw new Error(`bench template invalid: ${JSON.stringify(parsed.problems)}`);
  const compiled = parsed.compiled;
  const returns = randomReturns(compiled, RETURNS, 20221205);
  const history = [{ unitId: "don-vi-1", year: 2021, award: "co-ubnd-tinh" }];
  const historyKeys = new Set(history.map((h) => `${h.unitId}/${h.award}`));
  const criteria = compiled.scorable.length;

  const bestTimed = time(RUNS, () => bestQuantities(compiled, returns).size);
  const best = bestQuantities(compiled, returns);
  const ctx = { history, best };

  const exactTotals = new Float64Array(RETURNS);
  const fast = time(RUNS, () => {
    let sum = 0;
    returns.forEach((ret, i) => {
      const total = aggregatePoints(compiled, criterionPoints(compiled, ret, ctx)).total;
      exactTotals[i] = total;
      sum += total;
    });
    return sum;
  });
  // The public API, as `thidua demo` and the server use it: validation, best, points, totals; every result's
  // problems are read (they decide the exit code), explanations are written only when read.
  let problemCount = 0;
  const bulk = time(RUNS, () => {
    let sum = 0;
    problemCount = 0;
    for (const result of scoreReturns(compiled, returns, { history })) {
      sum += result.total;
      problemCount += result.problems.length;
    }
    return sum;
  });
  // What reading every explanation costs (rendering a return, --json): 1,000 returns, shown per 10,000.
  const some = returns.slice(0, RETURNS / 10);
  const explained = time(RUNS, () => {
    let length = 0;
    for (const result of scoreReturns(compiled, some, { history, best })) {
      for (const node of result.nodes) length += node.explanation.vi.length + node.explanation.en.length;
      length += result.totalExplanation?.vi.length ?? 0;
    }
    return length;
  });
  const naiveTotals = new Float64Array(RETURNS);
  const naive = time(RUNS, () => {
    let sum = 0;
    returns.forEach((ret, i) => {
      naiveTotals[i] = naiveTotal(compiled.template, ret, best, historyKeys);
      sum += naiveTotals[i]!;
    });
    return sum;
  });

  const rows: [string, number][] = [
    ["naive baseline (float, recursive, string lookups)", naive.ms],
    ["fast path: criterionPoints + aggregatePoints", fast.ms],
    ["scoreReturns (validation, best, points, totals)", bulk.ms],
    ["scoreReturns + every explanation read (×10 of 1,000)", explained.ms * 10],
    ["bestQuantities (validates every return)", bestTimed.ms],
  ];
  const header = ["what", "returns", "criteria", `median ms (${RUNS} runs)`, "µs / return", "× baseline"];
  const table = rows.map(([what, ms]) => [
    what,
    RETURNS.toLocaleString("en"),
    String(criteria),
    ms.toFixed(1),
    ((ms * 1000) / RETURNS).toFixed(2),
    (ms / naive.ms).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table) console.log(line(row));

  // The fast path and the public API must agree to the ten-thousandth.
  if (Math.round(fast.check) !== Math.round(bulk.check * 10_000)) {
    throw new Error(`fast path and scoreReturns disagree: ${fast.check} vs ${bulk.check * 10_000}`);
  }
  let differ = 0;
  let example = "";
  for (let i = 0; i < RETURNS; i++) {
    const exact = fromFixed(exactTotals[i]!);
    if (naiveTotals[i] !== exact) {
      differ++;
      if (example === "") example = `return ${i}: float ${naiveTotals[i]} vs exact ${exact}`;
    }
  }
  console.log(
    `\nNaive float totals that differ from the exact totals: ${differ.toLocaleString("en")} of ${RETURNS.toLocaleString("en")}` +
      (example ? ` (e.g. ${example})` : ""),
  );
  console.log(`Problems found by scoreReturns: ${problemCount.toLocaleString("en")}.`);
  console.log(
    `Goal (scoreReturns, well under 1 s for ${RETURNS.toLocaleString("en")} returns): ${bulk.ms < 1000 ? "met" : "NOT met"} — ${bulk.ms.toFixed(0)} ms.`,
  );
}
