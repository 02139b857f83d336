import { isPercentFormat, typedNumberFormula, typedPercentage } from "../../../core/criteria/typedPercent";
import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { COL, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { planValues } from "../../helpers/planGrids";

describe("typed percentages", () => {
  it("When a format shows a percentage outside quotes, brackets and escapes, then it is a percent format", () => {
    expect(["0%", "0.00%", "#,##0.0%", "[Red]0%"].map(isPercentFormat)).toEqual([true, true, true, true]);
    expect(
      ["General", "#,##0.00", '0" %"', "0\\%", "[$%-409]0", undefined, null].map(isPercentFormat),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it("When 95% or 7% was stored as a fraction, then the percentage typed comes back without binary noise", () => {
    expect([typedPercentage(0.95), typedPercentage(0.07), typedPercentage(0.955)]).toEqual([95, 7, 95.5]);
  });

  it("When the sheet computes with a cell, then a percent-formatted one counts ×100", () => {
    expect(typedNumberFormula("F8")).toBe('IF(LEFT(CELL("format",F8),1)="P",F8*100,F8)');
  });
});

describe("readScoringSheet with number formats", () => {
  const parsed = parseTemplate(allKindsTemplate);
  if (!parsed.ok) throw new Error("invalid");
  const compiled = parsed.compiled;
  const layout = scoringSheetLayout(compiled);
  const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;
  const plan = scoringSheetPlan(compiled, "cong-an-tinh");
  const main = plan.sheets[0];
  const metaSheet = plan.sheets.find((s) => s.name === "_thidua");
  if (!main || !metaSheet) throw new Error("no sheets");
  const meta = parseSheetMetadata(planValues(metaSheet));
  if (!meta.ok) throw new Error("no metadata");
  const values = planValues(main);
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  const set = (code: string, col: number, v: number, fmt: string) => {
    const r = rowOf(code) - 1;
    (values[r] as unknown[])[col - 1] = v;
    (formats[r] as (string | null)[])[col - 1] = fmt;
  };

  it("When achieved is 0,95 formatted 0%, then it is read as 95; a manual score formatted 0% is refused", () => {
    set("I.1", COL.input, 0.95, "0%");
    set("I.1", COL.target, 1, "0.00%");
    (values[rowOf("I.1") - 1] as unknown[])[COL.evidence - 1] = "BC 1 — báo cáo";
    const ok = readScoringSheet(compiled, values, meta.metadata, { formats });
    expect(ok.ok && ok.return.entries["I.1"]).toMatchObject({ achieved: 95, target: 100 });

    set("III.1", COL.input, 0.5, "0%");
    const refused = readScoringSheet(compiled, values, meta.metadata, { formats });
    expect(!refused.ok && refused.problems.map((p) => [p.type, p.code])).toEqual([
      ["percent-entry", "III.1"],
    ]);

    const withoutFormats = readScoringSheet(compiled, values, meta.metadata);
    expect(withoutFormats.ok && withoutFormats.return.entries["III.1"]).toMatchObject({ score: 0.5 });
  });
});
