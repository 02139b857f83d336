import { fromFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import { formatPlaceDate } from "../i18n/formatPlaceDate";
import type { AwardRecord } from "../returns/awardHistory";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { shortFingerprint } from "../template/templateFingerprint";
import { columnLetter } from "./cellAddress";
import { pageFooter, tableIdentityText } from "./pageFooter";
import type { PlanGrid } from "./planGrid";
import { headerFooterText, planGrid } from "./planGrid";
import { cappedSum, sumFormula } from "./scoringFormulas";
import type { ScoringSheetLayout } from "./scoringSheetLayout";
import { COL, HEADER_ROW, SCORING_SHEET, scoringSheetLayout } from "./scoringSheetLayout";
import type { RowsContext } from "./scoringSheetRows";
import { writeCriterionRow, writeGroupRow, writeNodeHead } from "./scoringSheetRows";
import type { SheetMetadata } from "./sheetMetadata";
import { metadataSheetPlan, SHEET_FORMAT_VERSION } from "./sheetMetadata";
import type { SheetPlan, WorkbookPlan } from "./sheetPlan";
import { sheetRules } from "./sheetRules";
import { scoringSeal } from "./scoringSeal";
import { pointsFormat, SHEET_STYLES } from "./sheetStyles";

export type ScoringSheetOptions = {
  /** Prefills the input cells (a return being edited, or the round-trip test). */
  ret?: UnitReturn;
  /** The bloc's award history: award-history bonuses are written as locked constants from it. */
  history?: readonly AwardRecord[];
};

const PERIOD_VI = { "mid-year": "Sơ kết 6 tháng", "year-end": "Tổng kết năm" } as const;

const HEADERS = [
  "Mã",
  "Nội dung, tiêu chí",
  "Điểm chuẩn",
  "Điểm tối đa",
  "Cách chấm",
  "Kết quả / lựa chọn",
  "Chỉ tiêu",
  "Điểm tự chấm",
  "Minh chứng",
  "Ghi chú",
  "Điểm chưa làm tròn",
];

/**
 * The scoring sheet (bảng tự chấm điểm) of one member unit for the template's year and period, plus the very
 * hidden metadata sheet. Formulas compute every criterion's points, group subtotals (with caps), bonus,
 * deductions and total exactly as core/scoring does, except relative-to-best points (0 here; the leader's
 * consolidation computes them).
 */
export function scoringSheetPlan(
  compiled: CompiledTemplate,
  unitId: string,
  options: ScoringSheetOptions = {},
): WorkbookPlan {
  const t = compiled.template;
  const unit = t.members.find((m) => m.id === unitId);
  const layout = scoringSheetLayout(compiled);
  const g = planGrid(COL.raw);
  const rules = sheetRules();
  const ctx: RowsContext = {
    g,
    rules,
    rowOf: layout.rowOf,
    pointsFormat: pointsFormat(t.rounding.decimals),
    rounding: t.rounding,
    criterion: { rounding: t.rounding, year: t.identity.year, unitId, history: options.history },
  };
  writeTitle(g, compiled, unit?.name ?? unitId);
  const entries = options.ret?.entries ?? {};
  for (const node of compiled.nodes) {
    const row = layout.rowOf[node.index] ?? 0;
    const style = writeNodeHead(ctx, node, row);
    if (style === "criterion") writeCriterionRow(ctx, node, row, entries[node.code]);
    else writeGroupRow(ctx, node, row, style);
  }
  writeTotals(ctx, compiled, layout);
  const signature = writeSignature(g, layout, t.identity.province);
  const last = columnLetter(COL.note);
  const merges = [1, 2, 4, 5].map((r) => `A${r}:${last}${r}`).concat([`B3:${last}3`], signature);
  const period = `${PERIOD_VI[t.identity.period]} ${t.identity.year}`;
  const scoring: SheetPlan = {
    name: SCORING_SHEET,
    visibility: "visible",
    columns: [8, 46, 9, 9, 30, 14, 10, 11, 28, 22, 12].map((width, i) => ({
      width,
      hidden: i + 1 === COL.raw,
    })),
    cells: g.cells,
    merges,
    validations: rules.validations(),
    conditionalFormats: rules.conditionalFormats(),
    protect: true,
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      header: `&L${headerFooterText(t.identity.bloc.name)}&R${headerFooterText(period)}`,
      // The table's id, version and fingerprint belong to the footer: the title block is for people.
      footer: pageFooter(
        unit?.name ?? unitId,
        `${tableIdentityText(t.id, t.identity.version)} · ${shortFingerprint(compiled.fingerprint)}`,
      ),
    },
  };
  // The seal of the locked cells; the award-history rows, the only ones the template alone does not give, are
  // recorded as extras by comparing with the sheet written without the history.
  const baseline = options.history === undefined ? undefined : scoringSheetPlan(compiled, unitId).sheets[0];
  const seal = scoringSeal(scoring, layout, baseline);
  return {
    styles: SHEET_STYLES,
    protectStructure: true,
    sheets: [scoring, metadataSheetPlan({ ...scoringMetadata(compiled, unitId), ...seal }, rules.lists)],
  };
}

/** What the hidden `_thidua` sheet says about this scoring sheet: its table, version, fingerprint and unit. */
function scoringMetadata(compiled: CompiledTemplate, unitId: string): SheetMetadata {
  const t = compiled.template;
  return {
    kind: "scoring",
    sheetFormatVersion: SHEET_FORMAT_VERSION,
    templateId: t.id,
    templateVersion: t.identity.version,
    fingerprint: compiled.fingerprint,
    blocId: t.identity.bloc.id,
    unitId,
    year: t.identity.year,
    period: t.identity.period,
  };
}

/**
 * The signature block (chữ ký thủ trưởng), spanning the points, evidence and note columns as the ranked table's
 * does: in column H alone (11 wide) every line would wrap into a narrow tower. The place is the province; the
 * date is left for the unit to write ("Hà Giang, ngày … tháng … năm …"). Returns its merges.
 */
function writeSignature(g: PlanGrid, layout: ScoringSheetLayout, place: string): string[] {
  const [dateRow, titleRow, signRow] = layout.signatureRows;
  g.set(dateRow, COL.points, { v: formatPlaceDate(place), s: "note", text: true });
  g.set(titleRow, COL.points, { v: "THỦ TRƯỞNG ĐƠN VỊ", s: "label" });
  g.set(signRow, COL.points, { v: "(Ký, ghi rõ họ tên, đóng dấu)", s: "note" });
  return layout.signatureRows.map((r) => `${columnLetter(COL.points)}${r}:${columnLetter(COL.note)}${r}`);
}

/** The title block above the header row, and the header row. */
function writeTitle(g: PlanGrid, compiled: CompiledTemplate, unitName: string): void {
  const t = compiled.template;
  g.set(1, 1, { v: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${t.identity.year}`, s: "title" });
  g.set(2, 1, { v: `${t.identity.bloc.name} – ${t.identity.province}`, s: "subtitle" });
  g.set(3, 1, { v: "Đơn vị:", s: "label" });
  g.set(3, 2, { v: unitName, s: "label", text: true });
  g.set(4, 1, {
    v: `${PERIOD_VI[t.identity.period]} ${t.identity.year}${t.sample ? " (bảng mẫu)" : ""}`,
    s: "subtitle",
  });
  g.set(5, 1, {
    v: "Nhập vào các ô màu vàng (cột F, G, I, J); các ô khác được khóa và tự tính điểm. Ô tô đỏ: giá trị ngoài giới hạn; ô tô cam: còn thiếu.",
    s: "note",
  });
  HEADERS.forEach((h, i) => g.set(HEADER_ROW, i + 1, { v: h, s: "header" }));
}

/** The bonus and deduction block headers (capped sums of their items), then A, B, C and the total. */
function writeTotals(ctx: RowsContext, compiled: CompiledTemplate, layout: ScoringSheetLayout): void {
  const { g, pointsFormat: fmt } = ctx;
  const t = compiled.template;
  const P = columnLetter(COL.points);
  const blockHeader = (
    row: number | undefined,
    title: string,
    items: CompiledNode[],
    cap: number | undefined,
  ) => {
    if (row === undefined) return;
    const capText = cap === undefined ? "" : ` (tối đa ${formatNumber(fromFixed(cap))})`;
    g.set(row, COL.code, { v: null, s: "section" });
    g.set(row, COL.title, { v: `${title}${capText}`, s: "section" });
    for (const c of [COL.standard, COL.max, COL.how, COL.input, COL.target, COL.evidence, COL.note])
      g.set(row, c, { v: null, s: "section" });
    const rows = items.map((i) => layout.rowOf[i.index] ?? 0);
    g.set(row, COL.points, { f: cappedSum(P, rows, cap), s: "subtotal", fmt });
  };
  blockHeader(
    layout.bonusRow,
    (t.bonus.title ?? "Điểm thưởng").toUpperCase(),
    compiled.bonusItems,
    compiled.bonusCap,
  );
  blockHeader(
    layout.deductionRow,
    (t.deductions.title ?? "Điểm trừ").toUpperCase(),
    compiled.deductionItems,
    compiled.deductionCap,
  );
  const summary = (row: number, label: string, f: string, style: "subtotal" | "total") => {
    g.set(row, COL.code, { v: null, s: style });
    g.set(row, COL.title, { v: label, s: style });
    g.set(row, COL.points, { f, s: style, fmt });
  };
  const sections = compiled.sections.map((s) => layout.rowOf[s.index] ?? 0);
  summary(layout.baseRow, "A. Tổng điểm các nội dung", sumFormula(P, sections), "subtotal");
  const blockTotal = (row: number | undefined) => (row === undefined ? "0" : `${P}${row}`);
  summary(layout.bonusTotalRow, "B. Điểm thưởng", blockTotal(layout.bonusRow), "subtotal");
  summary(layout.deductionTotalRow, "C. Điểm trừ", blockTotal(layout.deductionRow), "subtotal");
  const total = `${P}${layout.baseRow}+${P}${layout.bonusTotalRow}-${P}${layout.deductionTotalRow}`;
  summary(layout.totalRow, "TỔNG ĐIỂM (A + B − C)", total, "total");
}
