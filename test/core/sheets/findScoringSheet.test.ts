import { findScoringSheet } from "../../../core/sheets/findScoringSheet";
import { SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET } from "../../../core/sheets/sheetMetadata";
import type { SheetPlan } from "../../../core/sheets/sheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { planValues } from "../../helpers/planGrids";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled = parsed.compiled;
const plan = scoringSheetPlan(compiled, "cong-an-tinh");
const scoring = planValues(plan.sheets[0] as SheetPlan);
const meta = { name: METADATA_SHEET, values: planValues(plan.sheets[1] as SheetPlan) };

describe("findScoringSheet", () => {
  it("When the tab keeps its name, then that sheet is the scoring sheet", () => {
    const named = { name: SCORING_SHEET, values: scoring };
    expect(findScoringSheet(compiled, [named, meta])).toBe(named);
  });

  it("When the tab was renamed, then the sheet holding the table's codes is the scoring sheet", () => {
    const renamed = { name: "Công an tỉnh 2022", values: scoring };
    const notes = { name: "Ghi chú", values: [["Số liệu lấy từ báo cáo năm"]] };
    expect(findScoringSheet(compiled, [notes, renamed, meta])).toBe(renamed);
    expect(findScoringSheet(compiled, [renamed, meta])).toBe(renamed);
  });

  it("When no sheet holds the table's codes, then only a lone sheet is taken", () => {
    const blank = { name: "Sheet1", values: [[null]] };
    expect(findScoringSheet(compiled, [blank, meta])).toBe(blank);
    expect(findScoringSheet(compiled, [blank, { name: "Sheet2", values: [] }, meta])).toBeUndefined();
  });
});
