import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { COL, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { planValues } from "../../helpers/planGrids";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;
const row = scoringSheetLayout(compiled).rowOf[compiled.byCode.get("III.1")?.index ?? -1] ?? 0;
const plan = scoringSheetPlan(compiled, "tand-tinh");
const [main, metaSheet] = plan.sheets;
if (!main || !metaSheet) throw new Error("no sheets");
const meta = parseSheetMetadata(planValues(metaSheet));
if (!meta.ok) throw new Error("no metadata");

function readScore(score: number) {
  const values = planValues(main!);
  (values[row - 1] as unknown[])[COL.input - 1] = score;
  return readScoringSheet(compiled, values, meta.ok ? meta.metadata : ({} as never));
}

describe("a manual score off its step (III.1: step 0,5)", () => {
  it("When 2,7 is typed, then the reader refuses it at its cell and names the two scores it could be", () => {
    const read = readScore(2.7);
    expect(!read.ok && read.problems.map((p) => [p.type, p.cell, p.message.vi])).toEqual([
      [
        "not-a-step",
        `F${row}`,
        `Ô F${row} (tiêu chí III.1): 2,7 không theo bước 0,5; hãy nhập 2,5 hoặc 3 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
      ],
    ]);
  });

  it("When 2,5 is typed, then it is read as typed", () => {
    const read = readScore(2.5);
    expect(read.ok && read.return.entries["III.1"]).toMatchObject({ score: 2.5 });
  });

  it("When the sheet is made, then a score off the step turns its cell red", () => {
    const red = main!.conditionalFormats.find((c) => c.formula.includes("MOD(ROUND("));
    expect(red).toMatchObject({
      reason: "out-of-range",
      formula: `AND(ISNUMBER(F${row}),MOD(ROUND(F${row}/0.5,9),1)<>0)`,
    });
  });
});
