import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { InputCell, SheetCells } from "../../../core/criteria";
import {
  CRITERIA,
  CRITERION_KINDS,
  criterionKind,
  CriterionRuleSchema,
  ENTRY_FIELD_SCHEMAS,
  KINDS_BY_BLOCK,
  historyAward,
  pointsFromHistory,
} from "../../../core/criteria";
import type { Entry } from "../../../core/returns/returnSchema";
import { EntrySchema } from "../../../core/returns/returnSchema";
import { allKinds, contextOf, fullEntries } from "../scoring/scoringKit";

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("the criterion kind registry", () => {
  it("When the registry is read, then each kind's module answers to its own name", () => {
    expect(CRITERION_KINDS).toEqual([
      "passFail",
      "ladder",
      "percentOfTarget",
      "relativeToBest",
      "count",
      "violations",
      "manual",
      "awardHistory",
    ]);
    for (const kind of CRITERION_KINDS) {
      expect(CRITERIA[kind].kind).toBe(kind);
      expect(CRITERIA[kind].name.vi).not.toBe("");
      expect(CRITERIA[kind].name.en).not.toBe("");
    }
  });

  it("When a template rule is parsed, then its kind's schema decides (defaults included)", () => {
    const parsed = CriterionRuleSchema.parse({ kind: "percentOfTarget", pointsPerStepUnder: 0.5 });
    expect(parsed).toEqual({
      kind: "percentOfTarget",
      stepPercent: 1,
      pointsPerStepOver: 0,
      pointsPerStepUnder: 0.5,
      floor: 0,
      steps: "whole",
    });
    expect(CriterionRuleSchema.safeParse({ kind: "count", pointsPerItem: 0 }).success).toBe(false);
    expect(CriterionRuleSchema.safeParse({ kind: "bogus" }).success).toBe(false);
  });

  it("When a block is checked, then it allows the kinds the domain allows there", () => {
    expect(KINDS_BY_BLOCK).toEqual({
      sections: ["passFail", "ladder", "percentOfTarget", "relativeToBest", "count", "violations", "manual"],
      bonus: ["passFail", "ladder", "count", "manual", "awardHistory"],
      deductions: ["passFail", "count", "manual"],
    });
  });

  it("When the return format is read, then its value fields are the ones the kinds declare and read", () => {
    expect(Object.keys(EntrySchema.shape)).toEqual([...Object.keys(ENTRY_FIELD_SCHEMAS), "evidence", "note"]);
    const read = new Set(CRITERION_KINDS.flatMap((kind) => CRITERIA[kind].fields));
    expect([...read].sort()).toEqual(Object.keys(ENTRY_FIELD_SCHEMAS).sort());
  });

  it("When scoring, validation, sheets, template checks, the bloc's use cases or ranking need a kind's rule, then they ask the registry", () => {
    // Adding a kind is one module in core/criteria and the registry: no other module of these areas names a kind.
    const kinds = CRITERION_KINDS.join("|");
    const kindLiteral = new RegExp(`(kind ===? |kind: |case )"(${kinds})"`, "g");
    const kindSwitch = /switch \((kind|[\w.?]*rule\??\.kind)\)/;
    // A quota's kind "count" (so many units) is not the criterion kind: that switch is on `quota.kind`.
    const otherKinds: Record<string, { subject: string; allowed: string[] }> = {
      [join("ranking", "awards", "awardQuota.ts")]: {
        subject: "switch (quota.kind)",
        allowed: ['case "count"'],
      },
    };
    const areas = ["scoring", "sheets", "template", "returns", "i18n", "decimal", "bloc", "ranking"];
    const core = join(__dirname, "../../../core");
    const naming = areas
      .flatMap((area) => filesUnder(join(core, area)))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        const found = [...text.matchAll(kindLiteral)].map((m) => m[0]);
        const other = otherKinds[file.slice(core.length + 1)];
        const named =
          other === undefined
            ? found.length > 0
            : !text.includes(other.subject) || found.some((f) => !other.allowed.includes(f));
        return named || kindSwitch.test(text);
      });
    expect(naming).toEqual([]);
  });

  it("When a row's points come from the award history, then the registry says so for that kind alone", () => {
    const fromHistory = CRITERION_KINDS.filter((kind) =>
      pointsFromHistory(CriterionRuleSchema.parse(ruleOf(kind))),
    );
    expect(fromHistory).toEqual(["awardHistory"]);
    expect(pointsFromHistory(undefined)).toBe(false);
    const awards = CRITERION_KINDS.map((kind) => historyAward(CriterionRuleSchema.parse(ruleOf(kind))));
    expect(awards.filter((a) => a !== undefined)).toEqual(["co-bo"]);
    expect(historyAward(undefined)).toBeUndefined();
  });
});

/** A valid rule of each kind, for questions about the kind rather than the rule. */
function ruleOf(kind: string): unknown {
  const rules: Record<string, unknown> = {
    passFail: { kind: "passFail" },
    ladder: { kind: "ladder", levels: [{ code: "A", label: "Tốt", points: 10 }] },
    percentOfTarget: { kind: "percentOfTarget", pointsPerStepUnder: 0.5 },
    relativeToBest: { kind: "relativeToBest" },
    count: { kind: "count", pointsPerItem: 1 },
    violations: { kind: "violations", pointsPerViolation: 1 },
    manual: { kind: "manual" },
    awardHistory: { kind: "awardHistory", award: "co-bo" },
  };
  return rules[kind];
}

describe("each kind's sheet cells", () => {
  /** The kind's prefilled input cells, read back by the same kind. */
  function roundTrip(code: string, entry: Entry): Partial<Entry> {
    const node = allKinds.byCode.get(code)!;
    const kind = criterionKind(node.rule!);
    const sheet = kind.sheetInput(node, node.rule!, entry);
    const values: Record<InputCell, unknown> = { input: sheet.input, target: sheet.target ?? null };
    const reported: string[] = [];
    const cells: SheetCells = {
      value: (cell) => values[cell],
      number: (cell) => (typeof values[cell] === "number" ? (values[cell] as number) : undefined),
      report: (_type, _cell, vi) => reported.push(vi),
    };
    const read = kind.readCells(node, node.rule!, cells);
    expect(reported).toEqual([]);
    return read;
  }

  it("When a unit's entry is written into the sheet, then its kind reads the same entry back", () => {
    for (const [code, entry] of Object.entries(fullEntries)) {
      const { evidence: _evidence, ...fields } = entry;
      expect(roundTrip(code, entry)).toEqual(fields);
    }
  });
});

describe("each kind's points and explanation", () => {
  it("When a kind scores an entry, then its explanation writes out the points it gave", () => {
    const ctx = contextOf(allKinds, { best: 150 });
    const cases: [string, Entry, string][] = [
      ["I.1", { achieved: 92, target: 100 }, "92% kế hoạch: 30 − 8 × 0,5 = 26"],
      ["I.2", { level: "HTTNV" }, "Mức HTTNV (Hoàn thành tốt nhiệm vụ): 10"],
      ["I.3", { quantity: 120 }, "10 × 120 / 150 (cao nhất khối) = 8"],
      ["II.1", { passed: true }, "Đạt: 5"],
      ["II.2", { count: 7 }, "7 × 2,5 = 17,5, tối đa 15 → 15"],
      ["II.3", { count: 6 }, "10 − 6 × 1,5 = 1, sàn 2 → 2"],
      ["III.1", { score: 20.5 }, "Điểm chấm: 20,5"],
    ];
    for (const [code, entry, words] of cases) {
      const node = allKinds.byCode.get(code)!;
      const working = criterionKind(node.rule!).points(node, node.rule!, entry, ctx);
      expect(working.explain("vi")).toBe(words);
      expect(words.endsWith(` ${working.claimed / 10_000}`.replace(".", ","))).toBe(true);
    }
  });
});

describe("each kind's template checks", () => {
  const reportsOf = (rule: unknown, awards: ReadonlySet<string> | undefined, standard = 10, max = 10) => {
    const parsed = CriterionRuleSchema.parse(rule);
    const reports: string[] = [];
    criterionKind(parsed).checkRule?.(
      parsed,
      { path: "p.rule", code: "T.1", standard, max, awards },
      (path, vi) => reports.push(`${path}: ${vi}`),
    );
    return reports;
  };

  it("When an award-history item names an award the table does not list, then it is reported at the award", () => {
    const rule = { kind: "awardHistory", award: "co-bo" };
    expect(reportsOf(rule, new Set(["co-chinh-phu"]))).toEqual([
      'p.rule.award: Mục T.1: danh hiệu "co-bo" không có trong "awards" (co-chinh-phu).',
    ]);
    expect(reportsOf(rule, new Set(["co-bo"]))).toEqual([]);
  });

  it("When the table's awards could not be read, then the award is not judged", () => {
    expect(reportsOf({ kind: "awardHistory", award: "co-bo" }, undefined)).toEqual([]);
  });

  it("When a ladder repeats a level or a floor is above the standard, then the kind says where", () => {
    const ladder = {
      kind: "ladder",
      levels: [
        { code: "A", label: "Tốt", points: 10 },
        { code: "A", label: "Đạt", points: 12 },
      ],
    };
    expect(reportsOf(ladder, undefined).map((r) => r.split(":")[0])).toEqual([
      "p.rule.levels[1].code",
      "p.rule.levels[1].points",
    ]);
    expect(reportsOf({ kind: "violations", pointsPerViolation: 1, floor: 12 }, undefined)).toHaveLength(1);
  });
});
