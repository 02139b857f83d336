import { fromFixed } from "../decimal/fixed";
import type { RankingResult } from "../ranking/rankingResult";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import type { PlanGrid } from "./planGrid";
import { pageFooter, resultCode, tableIdentityText } from "./pageFooter";
import { headerFooterText, planGrid } from "./planGrid";
import type { PlanValidation, SheetPlan } from "./sheetPlan";
import { pointsFormat } from "./sheetStyles";

export const CONSOLIDATION_SHEET = "Tổng hợp";
export const CONSOLIDATION_HEADER_ROW = 4;
/** Columns of the consolidation sheet (1-based); J (hidden) holds the unit id the reader needs. */
export const CONS_COL = {
  stt: 1,
  unit: 2,
  code: 3,
  title: 4,
  self: 5,
  reviewed: 6,
  final: 7,
  source: 8,
  reason: 9,
  unitId: 10,
} as const;

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
  const g = planGrid(CONS_COL.unitId);
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
  const shortNames = new Map(compiled.template.members.map((m) => [m.id, m.shortName ?? m.name]));
  const validations: PlanValidation[] = [];
  let row = CONSOLIDATION_HEADER_ROW + 1;
  result.units.forEach((u, i) => {
    const points = byUnit.get(u.unitId);
    writeUnitRow(g, row++, i, u, points === undefined ? undefined : fmt);
    if (points === undefined) return;
    const stages = new Map(u.stages.map((s) => [s.code, s]));
    for (const node of compiled.scorable) {
      reviewedScoreRule(validations, `F${row}`, fromFixed(node.max));
      const self = fromFixed(points[node.index] ?? 0);
      writeCriterionRow(
        g,
        row++,
        node,
        u,
        self,
        stages.get(node.code),
        fmt,
        shortNames.get(u.unitId) ?? u.name,
      );
    }
  });
  return {
    name: CONSOLIDATION_SHEET,
    visibility: "visible",
    // Fitted to one landscape page's width: a criterion's title on one line (the widest column), the reason wrapping
    // in a moderate column, the unit by its short name on its criterion rows.
    columns: [5, 22, 7, 68, 8, 9, 8, 12, 30, 14].map((width, i) => ({
      width,
      hidden: i + 1 === CONS_COL.unitId,
    })),
    cells: g.cells,
    merges: ["A1:I1", "A2:I2"],
    validations,
    conditionalFormats: [],
    protect: true,
    freeze: { rows: CONSOLIDATION_HEADER_ROW, columns: 2 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: "4:4",
      // Every printed page says whose it is, like the ranked table's and the scoring sheet's pages.
      header: `&L${headerFooterText(compiled.template.identity.bloc.name)}&RNăm ${compiled.template.identity.year}`,
      footer: pageFooter(
        "Bảng tổng hợp điểm thi đua",
        `${tableIdentityText(compiled.template.id, compiled.template.identity.version)} · Mã kết quả ${resultCode(result.inputHash)}`,
      ),
    },
  };
}

type Unit = RankingResult["units"][number];
type Stage = Unit["stages"][number];

/**
 * A unit's heading row with its total; a unit without a usable return has no total to show (not 0): its row says
 * why instead. `fmt` is the points format, undefined for such a unit.
 */
function writeUnitRow(g: PlanGrid, row: number, i: number, u: Unit, fmt: string | undefined): void {
  g.set(row, 1, { v: i + 1, s: "section", fmt: "0" });
  g.set(row, 2, { v: u.name, s: "section", text: true });
  for (let c = 3; c <= 9; c++) {
    g.set(row, c, { v: c === 7 && fmt ? u.total : null, s: "section", ...(c === 7 && fmt ? { fmt } : {}) });
  }
  g.set(row, 4, { v: "Tổng điểm", s: "section" });
  if (!fmt) g.set(row, 9, { v: "Không có bảng tự chấm hợp lệ: không xếp hạng", s: "section", text: true });
}

/** The reviewed-score cell accepts 0 to the criterion's maximum: one validation per maximum. */
function reviewedScoreRule(validations: PlanValidation[], ref: string, max: number): void {
  const same = validations.find((v) => v.rule.type === "decimal" && v.rule.max === max);
  if (same) same.refs.push(ref);
  else
    validations.push({
      refs: [ref],
      rule: { type: "decimal", min: 0, max },
      error: `Điểm thẩm định từ 0 đến ${max}.`,
    });
}

/**
 * One criterion of one unit (named short, as its heading row names it in full): self score, the reviewed score and
 * reason (open to the leader), final and source.
 */
function writeCriterionRow(
  g: PlanGrid,
  row: number,
  node: CompiledNode,
  u: Unit,
  self: number,
  stage: Stage | undefined,
  fmt: string,
  shortName: string,
): void {
  g.set(row, 2, { v: shortName, s: "criterion", text: true });
  g.set(row, 3, { v: node.code, s: "criterion" });
  g.set(row, 4, { v: node.title, s: "criterion" });
  g.set(row, 5, { v: self, s: "points", fmt });
  // The leader types a reviewed score and its reason here; readConsolidationSheet turns them into adjustments.
  g.set(row, 6, { v: stage && stage.stage !== "self" ? stage.final : null, s: "input", fmt, locked: false });
  g.set(row, 7, { v: stage ? stage.final : self, s: "points", fmt });
  g.set(row, 8, { v: STAGE_VI[stage?.stage ?? "self"], s: "criterion" });
  g.set(row, 9, { v: stage ? reasonOf(stage.note.vi) : "", s: "input", text: true, locked: false, fmt: "@" });
  g.set(row, 10, { v: u.unitId, text: true });
}

/** The reviewer's own words from a stage note "Thẩm định (ai, khi nào): lý do". */
function reasonOf(note: string): string {
  const at = note.indexOf("): ");
  return at >= 0 ? note.slice(at + 3) : note;
}
