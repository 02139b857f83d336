import { formatNumber } from "../i18n/formatNumber";
import { formatPlaceDate } from "../i18n/formatPlaceDate";
import type { RankingResult } from "../ranking/rankingResult";
import { closeCallSentence } from "../ranking/stability/closeCallSentence";
import type { CompiledTemplate } from "../template/compileTemplate";
import { parseDayMonthYear } from "../text/parseDayMonthYear";
import { cellRef } from "./cellAddress";
import { chartValueAxis } from "./chartValueAxis";
import { pageFooter, resultCode, tableIdentityText } from "./pageFooter";
import type { PlanGrid } from "./planGrid";
import { headerFooterText, planGrid } from "./planGrid";
import { rankedTableNotes } from "./rankedTableNotes";
import { rowHeights } from "./rowHeights";
import type { PlanCell, SheetPlan } from "./sheetPlan";
import { pointsFormat, SHEET_STYLES } from "./sheetStyles";

export const RANKED_SHEET = "Xếp hạng";
/** Columns of the ranked table (1-based). */
export const RANKED_COL = {
  stt: 1,
  unit: 2,
  self: 3,
  reviewed: 4,
  bonus: 5,
  deductions: 6,
  total: 7,
  rank: 8,
  band: 9,
  proposal: 10,
  note: 11,
} as const;
export const RANKED_HEADER_ROW = 5;

/**
 * What one printed page holds, in the sheet's points: A4 landscape less margins, header and footer (≈ 480 pt),
 * divided by the fit-to-width scale of the table's columns (≈ 0,9). A table taller than this repeats its header row.
 */
export const RANKED_PAGE_POINTS = 530;

export type RankedTableOptions = {
  /** The meeting's date as dd/mm/yyyy (ngày họp), printed above the signatures. */
  date?: string;
  /**
   * Per unit, the "A. Tổng điểm các nội dung" its own scoring sheet shows (`sheetSelfScore`): the Điểm tự chấm
   * column prints it, so the table and the signed sheet agree. Without it the column prints `selfScore`.
   */
  selfOnSheet?: ReadonlyMap<string, number>;
  /**
   * Also print, below the proposals, the stability check (close calls and what another allowed tie-break order
   * would change) and the quotas left unused with their reason: what the leader's pane prints for the meeting.
   */
  meetingNotes?: boolean;
};

const PERIOD_VI = { "mid-year": "Sơ kết 6 tháng", "year-end": "Tổng kết năm" } as const;

/**
 * The ranked table for the minutes (bảng tổng hợp kết quả xếp hạng): STT, Đơn vị, Điểm tự chấm, Điểm thẩm
 * định, Điểm thưởng, Điểm trừ, Tổng điểm (formula), Xếp hạng (formula: units above + 1 + the place the tie-break
 * chain gave within a tie), Xếp loại, Đề nghị khen thưởng, Ghi chú; then the tie sentences, the proposals,
 * the date and the signature block of the leader and deputy units; a bar chart of the totals.
 */
export function rankedTablePlan(
  compiled: CompiledTemplate,
  result: RankingResult,
  options: RankedTableOptions = {},
): SheetPlan {
  const t = compiled.template;
  const g = planGrid(RANKED_COL.note);
  const merges: string[] = [1, 2, 3].map((r) => `A${r}:${LAST}${r}`);
  writeHead(g, compiled);
  if (writeProvisionalNotice(g, result)) merges.push(`A4:${LAST}4`);
  const first = RANKED_HEADER_ROW + 1;
  const lastRanked = first + writeUnitRows(g, compiled, result, options.selfOnSheet) - 1;
  let row = writeSentences(g, merges, compiled, result, first + result.units.length + 1);
  if (options.meetingNotes) row = writeMeetingNotes(g, merges, result, row);
  row = writeSignatures(g, merges, compiled, options, row + 1);

  const totals = lastRanked >= first ? `G${first}:G${lastRanked}` : `G${first}:G${first}`;
  const plan: SheetPlan = {
    name: RANKED_SHEET,
    visibility: "visible",
    columns: [5, 30, 9, 9, 8, 8, 9, 7, 12, 22, 40].map((width) => ({ width })),
    cells: g.cells,
    merges,
    validations: [],
    conditionalFormats: [],
    protect: true,
    freeze: { rows: RANKED_HEADER_ROW, columns: 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      header: `&L${headerFooterText(t.identity.bloc.name)}&R${headerFooterText(`Năm ${t.identity.year}`)}`,
      // The table's id and version and the result's code belong to the footer: the title block is for people.
      footer: pageFooter(
        options.date ? `Ngày ${options.date}` : "",
        `${tableIdentityText(t.id, t.identity.version)} · Mã kết quả ${resultCode(result.inputHash)}`,
      ),
    },
    chart: {
      title: `Tổng điểm thi đua năm ${t.identity.year}`,
      type: "bar",
      sheet: RANKED_SHEET,
      categories: `B${first}:B${Math.max(first, lastRanked)}`,
      values: totals,
      anchor: `B${row + 2}`,
      valueAxis: chartValueAxis(
        Math.max(0, ...result.units.filter((u) => u.rank !== null).map((u) => u.total)),
      ),
    },
    dataBars: [{ ref: totals, color: "9DC3E6" }],
  };
  // The header row is repeated only when the table runs onto a second page: a bloc's table usually fits on one,
  // and a repeated header would otherwise print alone above the chart on the next page.
  const tall =
    rowHeights(plan, SHEET_STYLES).reduce<number>((sum, h) => sum + (h ?? 15), 0) > RANKED_PAGE_POINTS;
  if (tall && plan.print) plan.print.titleRows = `${RANKED_HEADER_ROW}:${RANKED_HEADER_ROW}`;
  return plan;
}

const LAST = "K";

const HEADERS = [
  "STT",
  "Đơn vị",
  "Điểm tự chấm",
  "Điểm thẩm định",
  "Điểm thưởng",
  "Điểm trừ",
  "Tổng điểm",
  "Xếp hạng",
  "Xếp loại",
  "Đề nghị khen thưởng",
  "Ghi chú",
];

/** Title, bloc and period, then the header row (the table's id and the result's code are in the footer). */
function writeHead(g: PlanGrid, compiled: CompiledTemplate): void {
  const t = compiled.template;
  g.set(1, 1, { v: `KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${t.identity.year}`, s: "title" });
  g.set(2, 1, { v: `${t.identity.bloc.name} – ${t.identity.province}`, s: "subtitle" });
  g.set(3, 1, { v: `${PERIOD_VI[t.identity.period]} ${t.identity.year}`, s: "subtitle" });
  HEADERS.forEach((h, i) => g.set(RANKED_HEADER_ROW, i + 1, { v: h, s: "header" }));
}

/**
 * Row 4, when members have no usable return: the result is provisional (tạm thời), naming them, and saying so of the
 * award proposals too. Returns whether it was written.
 */
function writeProvisionalNotice(g: PlanGrid, result: RankingResult): boolean {
  const missing = result.units.filter((u) => !u.hasReturn);
  if (missing.length === 0) return false;
  const proposals = result.proposals.some((p) => p.proposed.length > 0 || p.undecided.length > 0)
    ? "; xếp hạng và đề nghị khen thưởng có thể thay đổi khi đủ"
    : "; xếp hạng có thể thay đổi khi đủ";
  g.set(4, 1, {
    v: `KẾT QUẢ TẠM THỜI: chưa có bản tự chấm hợp lệ của ${missing.length}/${result.units.length} đơn vị (${missing.map((u) => u.name).join(", ")})${proposals}.`,
    s: "label",
    text: true,
  });
  return true;
}

/**
 * One row per unit: scores, the total and the rank as formulas (units above + 1 + the place the tie-break chain
 * gave within a tie), band, proposal and notes. Returns how many units are ranked (they come first).
 */
function writeUnitRows(
  g: PlanGrid,
  compiled: CompiledTemplate,
  result: RankingResult,
  selfOnSheet: ReadonlyMap<string, number> | undefined,
): number {
  const t = compiled.template;
  const fmt = pointsFormat(t.rounding.decimals);
  const awardName = new Map(t.awards.map((a) => [a.id, a.name]));
  const first = RANKED_HEADER_ROW + 1;
  const ranked = result.units.filter((u) => u.rank !== null);
  const totalsRange = `$G$${first}:$G$${Math.max(first, first + ranked.length - 1)}`;
  result.units.forEach((u, i) => {
    const row = first + i;
    // A unit without a usable return has no scores: "—", never 0,00 (which would read as a unit that scored 0).
    const num = (v: number): PlanCell => (u.hasReturn ? { v, s: "points", fmt } : { v: "—", s: "points" });
    g.set(row, RANKED_COL.stt, { v: i + 1, s: "criterion", fmt: "0" });
    g.set(row, RANKED_COL.unit, { v: u.name, s: "criterion", text: true });
    // Tự chấm is the A the unit signed on its sheet; Thẩm định is on the same basis (the scored sections), so
    // Thẩm định + Thưởng − Trừ = Tổng reads true.
    g.set(row, RANKED_COL.self, num(selfOnSheet?.get(u.unitId) ?? u.selfScore));
    g.set(row, RANKED_COL.reviewed, num(u.reviewedScore));
    g.set(row, RANKED_COL.bonus, num(u.bonus));
    g.set(row, RANKED_COL.deductions, num(u.deductions));
    // ROUND to 4 places: ties must compare equal whatever order the binary additions took.
    g.set(
      row,
      RANKED_COL.total,
      u.hasReturn ? { f: `ROUND(D${row}+E${row}-F${row},4)`, s: "subtotal", fmt } : { v: "—", s: "points" },
    );
    if (u.rank === null) g.set(row, RANKED_COL.rank, { v: "—", s: "points" });
    else {
      const above = ranked.filter((o) => o.total > u.total).length;
      const offset = u.rank - (above + 1);
      const f = `SUMPRODUCT(--(${totalsRange}>G${row}))+1${offset > 0 ? `+${offset}` : ""}`;
      g.set(row, RANKED_COL.rank, { f, s: "subtotal", fmt: "0" });
    }
    g.set(row, RANKED_COL.band, { v: u.band?.name.vi ?? "", s: "criterion" });
    // A proposal the policy puts to a ballot that has not been held is not decided: it says so.
    const pending = result.proposals.some((p) => p.award === u.proposed && p.vote === "pending");
    const proposal = u.proposed ? (awardName.get(u.proposed) ?? u.proposed) : "";
    g.set(row, RANKED_COL.proposal, {
      v: pending ? `${proposal} (chờ bỏ phiếu)` : proposal,
      s: "criterion",
      text: true,
    });
    const notes = [
      ...u.eligibility.reasons.map((r) => r.reason.vi),
      ...result.ties.filter((tie) => tie.above === u.unitId).map((tie) => tie.sentence.vi),
    ];
    g.set(row, RANKED_COL.note, { v: notes.join("\n"), s: "criterion", text: true });
  });
  return ranked.length;
}

/** The tie sentences and the award proposals below the table, one merged line each; returns the next row. */
function writeSentences(
  g: PlanGrid,
  merges: string[],
  compiled: CompiledTemplate,
  result: RankingResult,
  start: number,
): number {
  const t = compiled.template;
  const nameOf = new Map(t.members.map((m) => [m.id, m.name]));
  let row = start;
  const line = (text: string, style: PlanCell["s"] = "note") => {
    g.set(row, 1, { v: text, s: style, text: true });
    merges.push(`A${row}:${LAST}${row}`);
    row++;
  };
  for (const [text, style] of rankedTableNotes(compiled, result)) line(text, style);
  if (result.ties.length > 0) {
    line("Các trường hợp bằng điểm:", "label");
    for (const tie of result.ties) line(`– ${tie.sentence.vi}`);
  }
  // In the template's award order (highest first), not the order they were decided in (prerequisite first).
  const awardIndex = (id: string) => {
    const i = t.awards.findIndex((a) => a.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const proposals = result.proposals
    .filter((p) => p.proposed.length > 0 || p.undecided.length > 0)
    .sort((a, b) => awardIndex(a.award) - awardIndex(b.award));
  if (proposals.length > 0) {
    line("Đề nghị khen thưởng:", "label");
    const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join(", ");
    for (const p of proposals) {
      const undecided = p.undecided.length > 0 ? `; Hội nghị quyết định giữa: ${names(p.undecided)}` : "";
      const ballot = p.vote === "pending" ? "; chờ bỏ phiếu" : "";
      line(
        `– ${p.name.vi} (chỉ tiêu ${formatNumber(p.quota, "vi")}${ballot}): ${names(p.proposed) || "(không có)"}${undecided}`,
      );
    }
  }
  return row;
}

/** The stability lines and the unused quotas, one merged line each; returns the next row. */
function writeMeetingNotes(g: PlanGrid, merges: string[], result: RankingResult, start: number): number {
  let row = start;
  const line = (text: string, style: PlanCell["s"] = "note") => {
    g.set(row, 1, { v: text, s: style, text: true });
    merges.push(`A${row}:${LAST}${row}`);
    row++;
  };
  const { stability } = result;
  line("Độ ổn định của kết quả:", "label");
  if (stability.robust && stability.closeCalls.length === 0)
    line("– Kết quả không đổi theo các cách xếp khác được phép; không có cặp sát nút.");
  for (const call of stability.closeCalls) line(`– ${closeCallSentence(call, result).vi}`);
  for (const alt of stability.alternatives) {
    if (alt.moves.length === 0 && alt.proposalChanges.length === 0) continue;
    const nameOf = (id: string) => result.units.find((u) => u.unitId === id)?.name ?? id;
    const moves = alt.moves
      .map((m) => `${nameOf(m.unitId)} hạng ${m.rank ?? "—"} → ${m.alternativeRank ?? "—"}`)
      .join("; ");
    line(
      `– ${alt.label.vi}: ${moves || "thứ hạng không đổi"}${alt.proposalChanges.length > 0 ? "; đề nghị khen thưởng thay đổi" : ""}`,
    );
  }
  const unmet = result.proposals.filter((p) => p.unused > 0);
  if (unmet.length > 0) {
    line("Chỉ tiêu chưa sử dụng hết:", "label");
    for (const p of unmet)
      line(
        `– ${p.name.vi}: còn ${formatNumber(p.unused, "vi")}/${formatNumber(p.quota, "vi")} suất${p.unusedReason ? ` – ${p.unusedReason.vi}` : ""}`,
      );
  }
  return row;
}

/**
 * The place and date ("Hà Giang, ngày 15 tháng 12 năm 2022", or "… ngày … tháng … năm …" to fill in without a
 * meeting date) and the signatures of the deputy and leader units; returns the last row written.
 */
function writeSignatures(
  g: PlanGrid,
  merges: string[],
  compiled: CompiledTemplate,
  options: RankedTableOptions,
  start: number,
): number {
  const t = compiled.template;
  const nameOf = new Map(t.members.map((m) => [m.id, m.name]));
  const leader = t.leader ? nameOf.get(t.leader) : undefined;
  const deputy = t.deputy ? nameOf.get(t.deputy) : undefined;
  const meetingDay = options.date === undefined ? undefined : parseDayMonthYear(options.date);
  const lines: [string, string, PlanCell["s"], boolean][] = [
    ["", formatPlaceDate(t.identity.province, meetingDay), "note", true],
    ["ĐƠN VỊ KHỐI PHÓ", "ĐƠN VỊ KHỐI TRƯỞNG", "label", false],
    [deputy ?? "", leader ?? "", "note", true],
    ["(Ký, ghi rõ họ tên, đóng dấu)", "(Ký, ghi rõ họ tên, đóng dấu)", "note", false],
  ];
  let row = start;
  lines.forEach(([left, right, style, text], i) => {
    if (i > 0) g.set(row, 2, { v: left, s: style, ...(text ? { text } : {}) });
    g.set(row, 8, { v: right, s: style, ...(text ? { text } : {}) });
    merges.push(`H${row}:K${row}`);
    if (i < lines.length - 1) row++;
  });
  return row;
}

/** A1 address of the total of the i-th unit of the ranked table (0-based). */
export function rankedTotalRef(i: number): string {
  return cellRef(RANKED_HEADER_ROW + 1 + i, RANKED_COL.total);
}
