import { rankBloc, selfScores, usableReturns } from "../../../core/ranking/rankBloc";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import { CONS_COL } from "../../../core/sheets/consolidationSheetPlan";
import { readConsolidationSheet } from "../../../core/sheets/readConsolidationSheet";
import { rankingWorkbookPlan } from "../../../core/sheets/rankingWorkbookPlan";
import { parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import type { SheetPlan } from "../../../core/sheets/sheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";
import { planValues } from "../../helpers/planGrids";

const parsed = parseTemplate(haGiang2019Template);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;
const inputs: RankingInputs = {
  reviews: haGiang2019Reviews,
  votes: haGiang2019Votes,
  history: haGiang2019History,
  eligibility: haGiang2019Eligibility,
};
const returns = haGiang2019Returns();
const result = rankBloc(compiled, returns, inputs);
const usable = usableReturns(compiled, returns, inputs);
const plan = rankingWorkbookPlan(
  compiled,
  selfScores(compiled, usable.returns, usable.problemsByReturn, inputs),
  result,
);
const context = { reviewer: "Cục THADS tỉnh (Khối trưởng)", at: "2019-12-16T08:00:00+07:00" };

function sheet() {
  const values = planValues(plan.sheets[1] as SheetPlan);
  const meta = parseSheetMetadata(planValues(plan.sheets[2] as SheetPlan));
  if (!meta.ok) throw new Error("metadata");
  return { values, meta: meta.metadata };
}
const rowOf = (values: unknown[][], unitId: string, code: string) =>
  values.findIndex((r) => r[CONS_COL.unitId - 1] === unitId && r[CONS_COL.code - 1] === code);

describe("readConsolidationSheet", () => {
  it("reads back the final reviewed score, stage and reason of every reviewed criterion", () => {
    const { values, meta } = sheet();
    const read = readConsolidationSheet(compiled, values, meta, context);
    const expected = result.units.flatMap((u) =>
      u.stages.map((s) => ({ unitId: u.unitId, code: s.code, stage: s.stage, points: s.final })),
    );
    expect(expected.length).toBeGreaterThan(0);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(
      read.adjustments.map(({ unitId, code, stage, points }) => ({ unitId, code, stage, points })),
    ).toEqual(expected);
    expect(read.adjustments[0]?.reason).toBe(
      "Minh chứng chỉ thể hiện đạt 94% kế hoạch thanh tra năm, không phải 100%",
    );
  });

  it("turns a score the leader typed with its reason into a review adjustment", () => {
    const { values, meta } = sheet();
    const r = rowOf(values, "cong-an-tinh", "I.2");
    (values[r] as unknown[])[CONS_COL.reviewed - 1] = 8;
    (values[r] as unknown[])[CONS_COL.reason - 1] = "Chỉ đạt mức Hoàn thành tốt";
    const read = readConsolidationSheet(compiled, values, meta, context);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.adjustments).toContainEqual({
      unitId: "cong-an-tinh",
      code: "I.2",
      stage: "review",
      points: 8,
      reason: "Chỉ đạt mức Hoàn thành tốt",
      ...context,
    });
  });

  it("When rows lack a reason or exceed the maximum, then those are reported by cell and unit name and the valid rows still count", () => {
    const { values, meta } = sheet();
    const a = rowOf(values, "cong-an-tinh", "I.2");
    const b = rowOf(values, "vksnd-tinh", "I.2");
    const c = rowOf(values, "tand-tinh", "I.2");
    (values[a] as unknown[])[CONS_COL.reviewed - 1] = 8;
    (values[b] as unknown[])[CONS_COL.reviewed - 1] = 99;
    (values[b] as unknown[])[CONS_COL.reason - 1] = "x";
    (values[c] as unknown[])[CONS_COL.reviewed - 1] = 7;
    (values[c] as unknown[])[CONS_COL.reason - 1] = "Thiếu biên bản kiểm tra";
    const read = readConsolidationSheet(compiled, values, meta, context);
    if (!read.ok) throw new Error("expected the sheet to be read");
    const name = (id: string) => compiled.template.members.find((m) => m.id === id)?.name;
    expect(read.problems.map((p) => p.message.vi)).toEqual([
      `Ô F${a + 1} (${name("cong-an-tinh")}, tiêu chí I.2): thiếu lý do thẩm định ở ô I${a + 1}`,
      `Ô F${b + 1} (${name("vksnd-tinh")}, tiêu chí I.2): 99 ngoài khoảng 0–10`,
    ]);
    expect(
      read.adjustments.filter((x) => x.code === "I.2" && x.reason === "Thiếu biên bản kiểm tra"),
    ).toEqual([expect.objectContaining({ unitId: "tand-tinh", points: 7 })]);
  });
});
