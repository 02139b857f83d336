import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toFixed } from "../../../core/decimal/fixed";
import type { AwardRecord } from "../../../core/returns/awardHistory";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { scoreReturn } from "../../../core/scoring/scoreReturn";
import { COL, SCORING_SHEET, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { sofficeConvert, sofficeOrSkip } from "../../helpers/libreOffice";
import { randomHistory, randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

const soffice = sofficeOrSkip("LibreOffice recalculation of scoring sheets");
const templatesDir = join(__dirname, "../../../templates");

/** allKindsTemplate plus variants that exercise every rounding mode and proportional steps. */
function templatesUnderTest(): { name: string; input: unknown }[] {
  const variant = (
    rounding: { decimals: number; mode: "half-up" | "half-even" | "down" },
    steps: "whole" | "proportional",
  ) => {
    const copy = structuredClone(allKindsTemplate) as TemplateInput & {
      sections: { children?: { rule?: { kind: string; steps?: string } }[] }[];
    };
    copy.rounding = rounding;
    const rule = copy.sections[0]?.children?.[0]?.rule;
    if (rule?.kind === "percentOfTarget") rule.steps = steps;
    return copy;
  };
  const samples = readdirSync(templatesDir)
    .filter((f) => f.endsWith(".json") && f !== "schema.json")
    .map((f) => ({ name: f, input: JSON.parse(readFileSync(join(templatesDir, f), "utf8")) as unknown }));
  return [
    { name: "allKindsTemplate", input: allKindsTemplate },
    {
      name: "allKinds half-even 1 decimal, proportional",
      input: variant({ decimals: 1, mode: "half-even" }, "proportional"),
    },
    {
      name: "allKinds down 0 decimals, proportional",
      input: variant({ decimals: 0, mode: "down" }, "proportional"),
    },
    {
      name: "allKinds half-up 3 decimals, proportional",
      input: variant({ decimals: 3, mode: "half-up" }, "proportional"),
    },
    ...samples,
  ];
}

type Case = {
  name: string;
  file: string;
  compiled: CompiledTemplate;
  ret: UnitReturn;
  history: AwardRecord[];
};

const fixed = (v: unknown) => (typeof v === "number" ? toFixed(v) : `not a number: ${String(v)}`);

(soffice ? describe : describe.skip)("scoring sheet formulas recalculated by LibreOffice", () => {
  const cases: Case[] = [];
  let outDir = "";

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-recalc-"));
    const rand = seededRandom(20221122);
    for (const [t, { name, input }] of templatesUnderTest().entries()) {
      const parsed = parseTemplate(input);
      if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
      const compiled = parsed.compiled;
      const history = randomHistory(compiled, rand);
      for (const [m, member] of compiled.template.members.slice(0, 6).entries()) {
        const ret = randomReturn(compiled, member.id, rand);
        const file = join(dir, `t${t}-m${m}.xlsx`);
        writeFileSync(file, await writeXlsxBuffer(scoringSheetPlan(compiled, member.id, { ret, history })));
        cases.push({ name: `${name} / ${member.id}`, file, compiled, ret, history });
      }
    }
    outDir = sofficeConvert(
      soffice ?? "",
      cases.map((c) => c.file),
      "xlsx",
      join(dir, "out"),
    );
  }, 300_000);

  it("generates workbooks for allKindsTemplate, its rounding variants and every sample template", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it("gives every criterion, subtotal, bonus, deduction and total exactly the points scoreReturn gives", async () => {
    const mismatches: string[] = [];
    for (const c of cases) {
      const grids = await readXlsx(readFileSync(join(outDir, c.file.split("/").pop() ?? "")));
      const sheet = grids.find((g) => g.name === SCORING_SHEET);
      if (!sheet) throw new Error(`${c.name}: no sheet ${SCORING_SHEET}`);
      const at = (row: number) => sheet.values[row - 1]?.[COL.points - 1];
      const layout = scoringSheetLayout(c.compiled);
      const expected = scoreReturn(c.compiled, c.ret, { history: c.history });
      c.compiled.nodes.forEach((node, i) => {
        const want = toFixed(expected.nodes[i]?.points ?? NaN);
        const got = fixed(at(layout.rowOf[node.index] ?? 0));
        if (got !== want) mismatches.push(`${c.name} ${node.code}: sheet ${String(got)} engine ${want}`);
      });
      const totals: [string, number, number][] = [
        ["base", layout.baseRow, expected.baseScore],
        ["bonus", layout.bonusTotalRow, expected.bonus],
        ["deductions", layout.deductionTotalRow, expected.deductions],
        ["total", layout.totalRow, expected.total],
      ];
      for (const [what, row, want] of totals) {
        if (fixed(at(row)) !== toFixed(want))
          mismatches.push(`${c.name} ${what}: sheet ${String(at(row))} engine ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
