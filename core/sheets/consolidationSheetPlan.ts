import { fromFixed } from "../decimal/fixed";
import type { RankingResult } from "../ranking/rankingResult";
import type { CompiledTemplate } from "../template/compileTemplate";
import { planGrid } from "./planGrid";
import type { SheetPlan } from "./sheetPlan";
import { pointsFormat } from "./sheetStyles";

export const CONSOLIDATION_SHEET = "Tổng hợp";

/** One unit's self points per node index (Fixed), as the scoring engine computed them across the bloc. */
export type UnitSelfPoints = { unitId: string; points: ArrayLike<number> };

const STAGE_VI = {
  self: "Tự chấm",
  review: "Thẩm định",
  "second-review": "Thẩm định lại",
  cross: "Chấm chéo",
  agreed: "Thống nhất",
} as const;

/**
 * The leader's consolidation sheet (bảng tổng hợp điểm): one row per unit and criterion with the self score, the
 * reviewed score where a review changed it, the final score, where the final came from and the reason.
 * Relative-to-best points are computed here, across the bloc's returns.
 */
export function consolidationSheetPlan(
  compiled: CompiledTemplate,
  selfPoints: readonly UnitSelfPoints[],
  result: RankingResult,
): SheetPlan {
  const fmt = pointsFormat(compiled.template.rounding.decimals);
  const g = planGrid(9);
  g.set(1, 1, { v: `BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${compiled.template.identity.year}`, s: "title" });
  g.set(2, 1, { v: compiled.template.identity.bloc.name, s: "subtitle" });
  const headers = [
    "STT",
    "Đơn vị",
    "Mã",
    "Tiêu chí",
    "Điểm tự chấm",
    "Điểm thẩm định",
    "Điểm cuối cùng",
    "Nguồn",
    "Lý do",
  ];
  headers.forEach((h, i) => g.set(4, i + 1, { v: h, s: "header" }));
  const byUnit = new Map(selfPoints.map((s) => [s.unitId, s.points]));
  let row = 5;
  result.units.forEach((u, i) => {
    const points = byUnit.get(u.unitId);
    g.set(row, 1, { v: i + 1, s: "section", fmt: "0" });
    g.set(row, 2, { v: u.name, s: "section", text: true });
    for (let c = 3; c <= 9; c++)
      g.set(row, c, { v: c === 7 ? u.total : null, s: "section", ...(c === 7 ? { fmt } : {}) });
    g.set(row, 4, { v: "Tổng điểm", s: "section" });
    row++;
    if (!points) return;
    const stages = new Map(u.stages.map((s) => [s.code, s]));
    for (const node of compiled.scorable) {
      const self = fromFixed(points[node.index] ?? 0);
      const stage = stages.get(node.code);
      g.set(row, 2, { v: u.name, s: "criterion", text: true });
      g.set(row, 3, { v: node.code, s: "criterion" });
      g.set(row, 4, { v: node.title, s: "criterion" });
      g.set(row, 5, { v: self, s: "points", fmt });
      g.set(row, 6, { v: stage && stage.stage !== "self" ? stage.final : null, s: "points", fmt });
      g.set(row, 7, { v: stage ? stage.final : self, s: "points", fmt });
      g.set(row, 8, { v: STAGE_VI[stage?.stage ?? "self"], s: "criterion" });
      g.set(row, 9, { v: stage?.note.vi ?? "", s: "criterion", text: true });
      row++;
    }
  });
  return {
    name: CONSOLIDATION_SHEET,
    visibility: "visible",
    columns: [5, 26, 7, 40, 9, 9, 9, 12, 40].map((width) => ({ width })),
    cells: g.cells,
    merges: ["A1:I1", "A2:I2"],
    validations: [],
    conditionalFormats: [],
    protect: true,
    freeze: { rows: 4, columns: 2 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: "4:4" },
  };
}
