import fc from "fast-check";
import { SCALE, toFixed } from "../../../core/decimal/fixed";
import type { AwardRecord } from "../../../core/returns/awardHistory";
import type { Entry, UnitReturn } from "../../../core/returns/returnSchema";
import { aggregatePoints } from "../../../core/scoring/aggregatePoints";
import { criterionPoints } from "../../../core/scoring/criterionPoints";
import { scoreReturn } from "../../../core/scoring/scoreReturn";
import { bestQuantities, scoreReturns } from "../../../core/scoring/scoreReturns";
import type { ScoreResult } from "../../../core/scoring/scoreResult";
import { validateReturn } from "../../../core/scoring/validateReturn";
import type { CompiledNode, CompiledTemplate } from "../../../core/template/compileTemplate";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { allKinds, returnOf } from "./scoringKit";

const decimal = (min: number, max: number, places: number) =>
  fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((n) => n / 10 ** places);

/** A random entry for the node's kind: valid values mostly, some off-ladder, off-step or above the maximum. */
function entryFor(node: CompiledNode): fc.Arbitrary<Entry | undefined> {
  const rule = node.rule!;
  const max = node.max / SCALE;
  let value: fc.Arbitrary<Entry>;
  switch (rule.kind) {
    case "passFail":
      value = fc.boolean().map((passed) => ({ passed }));
      break;
    case "ladder":
      value = fc.constantFrom(...rule.levels.map((l) => l.code), "KHAC").map((level) => ({ level }));
      break;
    case "percentOfTarget":
      value = fc.oneof(
        fc.record({ achieved: decimal(0, 2000, 2), target: decimal(0.01, 1000, 2) }),
        fc.record({ percent: decimal(0, 400, 3) }),
      );
      break;
    case "relativeToBest":
      value = decimal(0, 500, 1).map((quantity) => ({ quantity }));
      break;
    case "count":
    case "violations":
      value = fc.integer({ min: 0, max: 40 }).map((count) => ({ count }));
      break;
    case "manual":
      value = decimal(-1, max + 3, 2).map((score) => ({ score }));
      break;
    case "awardHistory":
      return fc.constant(undefined);
  }
  const entry = fc
    .tuple(value, fc.boolean())
    .map(([e, evidence]) => (evidence ? { ...e, evidence: [{ ref: "BC/2022" }] } : e));
  return fc.option(entry, { freq: 8, nil: undefined });
}

function returnArb(compiled: CompiledTemplate): fc.Arbitrary<UnitReturn> {
  const entries = fc.tuple(...compiled.scorable.map(entryFor)).map((values) => {
    const out: Record<string, Entry> = {};
    compiled.scorable.forEach((node, i) => {
      const v = values[i];
      if (v !== undefined) out[node.code] = v;
    });
    return out;
  });
  const unit = fc.constantFrom(...compiled.memberIds);
  return fc.tuple(entries, unit).map(([e, u]) => returnOf(compiled, e, u));
}

const historyArb: fc.Arbitrary<AwardRecord[]> = fc.array(
  fc.record({
    unitId: fc.constantFrom("cong-an-tinh", "tand-tinh", "vksnd-tinh"),
    year: fc.integer({ min: 2015, max: 2024 }),
    award: fc.constantFrom("co-chinh-phu", "co-ubnd-tinh", "bang-khen"),
    revoked: fc.boolean(),
  }),
  { maxLength: 6 },
);

/** Checks every invariant of one scored return against the fast path. */
function checkInvariants(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  result: ScoreResult,
  ctx: { history: AwardRecord[]; best: ReadonlyMap<string, number> },
): void {
  const unit = 10 ** (4 - compiled.template.rounding.decimals);
  const fast = aggregatePoints(compiled, criterionPoints(compiled, ret, ctx));
  compiled.nodes.forEach((node, i) => {
    const scored = result.nodes[i]!;
    const points = toFixed(scored.points);
    expect(points / SCALE).toBe(scored.points); // an exact decimal, never 26.499999
    expect(points).toBe(fast.nodePoints[i]);
    expect(points).toBeGreaterThanOrEqual(0);
    expect(points).toBeLessThanOrEqual(node.max);
    if (node.rule === undefined) {
      const sum = node.children.reduce((s, c) => s + toFixed(result.nodes[c]!.points), 0);
      expect(points).toBe(node.cap === undefined ? sum : Math.min(sum, node.cap));
      return;
    }
    const entry = ret.entries[node.code];
    const rule = node.rule;
    // rounded to the table's decimals, unless a bound the rounding cannot represent (max 0,5 at 0 decimals) won
    const floor = "floor" in rule ? toFixed(rule.floor) : 0;
    if (points !== node.max && points !== floor) expect(points % unit).toBe(0);
    if ((rule.kind === "violations" || rule.kind === "percentOfTarget") && entry !== undefined) {
      const complete =
        rule.kind === "violations"
          ? entry.count !== undefined
          : entry.percent !== undefined || (entry.achieved !== undefined && entry.target !== undefined);
      const evidenced = !node.evidenceRequired || (entry.evidence?.length ?? 0) > 0;
      if (complete && evidenced && rule.floor > 0) expect(points).toBeGreaterThanOrEqual(toFixed(rule.floor));
    }
  });
  const base = toFixed(result.baseScore);
  const bonus = toFixed(result.bonus);
  const deductions = toFixed(result.deductions);
  expect([base, bonus, deductions, toFixed(result.total)]).toEqual([
    fast.baseScore,
    fast.bonus,
    fast.deductions,
    fast.total,
  ]);
  expect(base).toBe(compiled.sections.reduce((s, n) => s + toFixed(result.nodes[n.index]!.points), 0));
  expect(bonus).toBeLessThanOrEqual(compiled.bonusCap ?? Infinity);
  expect(deductions).toBeLessThanOrEqual(compiled.deductionCap ?? Infinity);
  expect(bonus).toBeGreaterThanOrEqual(0);
  expect(deductions).toBeGreaterThanOrEqual(0);
  expect(toFixed(result.total)).toBe(base + bonus - deductions);
  expect(result.total).toBe((base + bonus - deductions) / SCALE);
}

function checkBloc(compiled: CompiledTemplate, returns: UnitReturn[], history: AwardRecord[]): void {
  const best = bestQuantities(compiled, returns, (ret) => validateReturn(compiled, ret, { history }));
  const results = scoreReturns(compiled, returns, { history });
  results.forEach((result, i) => checkInvariants(compiled, returns[i]!, result, { history, best }));
  // the bulk path (one pass per return, explanations when read) gives exactly what scoring each return does
  results.forEach((result, i) => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(
      JSON.parse(JSON.stringify(scoreReturn(compiled, returns[i]!, { history, best }))),
    );
  });
  // whoever holds the bloc's best quantity (validly, with evidence if required) gets the maximum
  for (const node of compiled.scorable) {
    if (node.rule?.kind !== "relativeToBest" || !best.has(node.code) || best.get(node.code)! <= 0) continue;
    results.forEach((result, i) => {
      const entry = returns[i]!.entries[node.code];
      if (entry?.quantity === best.get(node.code) && result.problems.every((p) => p.code !== node.code)) {
        if (result.problems.some((p) => p.type === "unknown-unit")) return;
        expect(toFixed(result.nodes[node.index]!.points)).toBe(node.max);
      }
    });
  }
}

describe("scoring properties", () => {
  it("keeps every node within its bounds and the totals consistent, for random returns on allKindsTemplate", () => {
    fc.assert(
      fc.property(
        fc.array(returnArb(allKinds), { minLength: 1, maxLength: 5 }),
        historyArb,
        (returns, history) => checkBloc(allKinds, returns, history),
      ),
      { numRuns: 150 },
    );
  });

  it("holds for random valid templates too", () => {
    fc.assert(
      fc.property(
        templateArb.chain((input) => {
          const parsed = parseTemplate(input);
          if (!parsed.ok)
            throw new Error(`generated an invalid template: ${JSON.stringify(parsed.problems)}`);
          return fc.tuple(
            fc.constant(parsed.compiled),
            fc.array(returnArb(parsed.compiled), { minLength: 1, maxLength: 4 }),
          );
        }),
        historyArb,
        ([compiled, returns], history) => checkBloc(compiled, returns, history),
      ),
      { numRuns: 100 },
    );
  });
});

// ---- random templates ----

type NodeInput = NonNullable<TemplateInput["sections"]>[number];
type ItemInput = NonNullable<TemplateInput["bonus"]>["items"][number];
const halves = (min: number, max: number) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);

const sectionRule = (standard: number, max: number): fc.Arbitrary<NodeInput["rule"]> =>
  fc.oneof(
    fc.constant({ kind: "passFail" as const }),
    fc.array(halves(0, max), { minLength: 1, maxLength: 4 }).map((pts) => ({
      kind: "ladder" as const,
      levels: pts.map((p, i) => ({ code: `L${i}`, label: `Mức ${i}`, points: p })),
    })),
    fc.record({
      kind: fc.constant("percentOfTarget" as const),
      stepPercent: fc.constantFrom(0.5, 1, 2, 5),
      pointsPerStepOver: halves(0, 2),
      pointsPerStepUnder: halves(0, 2),
      floor: halves(0, standard),
      steps: fc.constantFrom("whole" as const, "proportional" as const),
    }),
    fc.record({
      kind: fc.constant("relativeToBest" as const),
      better: fc.constantFrom("higher" as const, "lower" as const),
    }),
    fc.record({ kind: fc.constant("count" as const), pointsPerItem: fc.constantFrom(0.25, 0.5, 1, 2.5) }),
    fc.record({
      kind: fc.constant("violations" as const),
      pointsPerViolation: fc.constantFrom(0.25, 0.5, 1, 1.5),
      floor: halves(0, standard),
    }),
    fc
      .record({ kind: fc.constant("manual" as const), step: fc.constantFrom(undefined, 0.5) })
      .map((r) => (r.step === undefined ? { kind: r.kind } : r)),
  );

const criterionArb = (code: string): fc.Arbitrary<NodeInput> =>
  fc
    .record({ standard: halves(0.5, 20), extra: halves(0, 5), evidence: fc.boolean() })
    .chain(({ standard, extra, evidence }) =>
      sectionRule(standard, standard + extra).map((rule) => {
        const max = rule?.kind === "passFail" ? standard : standard + extra;
        return { code, title: `Tiêu chí ${code}`, standard, max, evidenceRequired: evidence, rule };
      }),
    );

const groupArb = (code: string): fc.Arbitrary<NodeInput> =>
  fc
    .tuple(
      fc
        .integer({ min: 1, max: 3 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => criterionArb(`${code}.${i + 1}`)))),
      fc.option(halves(0, 10), { nil: undefined }),
    )
    .map(([children, slack]) => {
      const standard = children.reduce((s, c) => s + (c.standard ?? 0), 0);
      const node: NodeInput = { code, title: `Nhóm ${code}`, children };
      return slack === undefined ? node : { ...node, cap: standard + slack };
    });

const childArb = (code: string) => fc.oneof(criterionArb(code), groupArb(code));

const itemArb = (code: string, block: "bonus" | "deductions"): fc.Arbitrary<ItemInput> =>
  fc
    .record({ max: halves(0.5, 15), evidence: fc.boolean(), pick: fc.nat(3) })
    .map(({ max, evidence, pick }) => {
      const kinds: ItemInput["rule"][] =
        block === "bonus"
          ? [
              { kind: "passFail" },
              { kind: "count", pointsPerItem: 2 },
              { kind: "manual" },
              {
                kind: "awardHistory",
                award: pick % 2 === 0 ? "co-chinh-phu" : "co-ubnd-tinh",
                yearsBack: 1 + (pick % 3),
              },
            ]
          : [{ kind: "passFail" }, { kind: "count", pointsPerItem: 1.5 }, { kind: "manual" }];
      return {
        code,
        title: `Mục ${code}`,
        max,
        evidenceRequired: evidence,
        rule: kinds[pick % kinds.length]!,
      };
    });

const templateArb: fc.Arbitrary<TemplateInput> = fc
  .record({
    sections: fc
      .integer({ min: 1, max: 4 })
      .chain((n) =>
        fc.tuple(
          ...Array.from({ length: n }, (_, s) =>
            fc
              .integer({ min: 1, max: 4 })
              .chain((m) => fc.tuple(...Array.from({ length: m }, (_, c) => childArb(`S${s + 1}.${c + 1}`)))),
          ),
        ),
      ),
    bonus: fc
      .integer({ min: 0, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => itemArb(`T.${i + 1}`, "bonus")))),
    deductions: fc
      .integer({ min: 0, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => itemArb(`TR.${i + 1}`, "deductions")))),
    bonusCap: fc.option(halves(0, 20), { nil: undefined }),
    deductionCap: fc.option(halves(0, 20), { nil: undefined }),
    decimals: fc.integer({ min: 1, max: 4 }), // the table's own values are in halves: representable
    mode: fc.constantFrom("half-up" as const, "half-even" as const, "down" as const),
  })
  .map(({ sections, bonus, deductions, bonusCap, deductionCap, decimals, mode }) => {
    const sectionNodes: NodeInput[] = sections.map((children, i) => ({
      code: `S${i + 1}`,
      title: `Nội dung ${i + 1}`,
      children,
    }));
    const sum = (nodes: NodeInput[]): number =>
      nodes.reduce((s, n) => s + (n.children ? sum(n.children) : (n.standard ?? 0)), 0);
    return {
      ...allKindsTemplate,
      id: "bang-ngau-nhien",
      base: sum(sectionNodes),
      rounding: { decimals, mode },
      sections: sectionNodes,
      bonus: bonusCap === undefined ? { items: bonus } : { items: bonus, cap: bonusCap },
      deductions:
        deductionCap === undefined ? { items: deductions } : { items: deductions, cap: deductionCap },
    };
  });
