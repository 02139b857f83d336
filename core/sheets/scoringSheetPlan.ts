import { fromFixed } from "../decimal/fixed";
import type { AwardRecord } from "../returns/awardHistory";
import type { Entry, UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { cellRef, columnLetter } from "./cellAddress";
import { formatEvidence } from "./evidenceText";
import { headerFooterText, planGrid } from "./planGrid";
import { ruleDescription } from "./ruleDescription";
import { awardReceived } from "../scoring/awardReceived";
import { cappedSum, criterionFormula, passFailWords, pointsFormula, sumFormula } from "./scoringFormulas";
import { COL, HEADER_ROW, SCORING_SHEET, scoringSheetLayout } from "./scoringSheetLayout";
import { metadataSheetPlan, SHEET_FORMAT_VERSION } from "./sheetMetadata";
import type { PlanCell, PlanConditionalFormat, PlanValidation, WorkbookPlan } from "./sheetPlan";
import {
  COUNT_FORMAT,
  GENERAL_FORMAT,
  HIGHLIGHT,
  pointsFormat,
  SHEET_STYLES,
  TEXT_FORMAT,
} from "./sheetStyles";

export type ScoringSheetOptions = {
  /** Prefills the input cells (a return being edited, or the round-trip test). */
  ret?: UnitReturn;
  /** The bloc's award history: award-history bonuses are written as locked constants from it. */
  history?: readonly AwardRecord[];
};

const PERIOD_VI = { "mid-year": "Sơ kết 6 tháng", "year-end": "Tổng kết năm" } as const;
/** Longest inline dropdown list Excel accepts (255 characters, we stay below). */
const INLINE_LIST_LIMIT = 240;

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
  const { decimals, mode } = t.rounding;
  const ptsFmt = pointsFormat(decimals);
  const g = planGrid(COL.raw);
  const validations = new Map<string, PlanValidation>();
  const cfs = new Map<string, PlanConditionalFormat>();
  const lists: string[][] = [];
  const last = columnLetter(COL.note);
  const rowRef = (col: number, row: number) => cellRef(row, col);

  const validate = (ref: string, v: Omit<PlanValidation, "refs">) => {
    const key = JSON.stringify(v);
    const found = validations.get(key);
    if (found) found.refs.push(ref);
    else validations.set(key, { ...v, refs: [ref] });
  };
  const highlight = (
    ref: string,
    formulaAt: (ref: string) => string,
    reason: PlanConditionalFormat["reason"],
  ) => {
    // One rule per column and relative formula, refs top-down: the formula is written for the first (top-left)
    // cell and Excel and LibreOffice shift it to the others.
    const key = `${reason}|${ref.replace(/[0-9]+$/, "")}|${formulaAt("§")}`;
    const found = cfs.get(key);
    if (found) found.refs.push(ref);
    else
      cfs.set(key, {
        refs: [ref],
        formula: formulaAt(ref),
        fill: reason === "missing" ? HIGHLIGHT.missing : HIGHLIGHT.outOfRange,
        reason,
      });
  };
  const listRule = (items: string[]): PlanValidation["rule"] => {
    const inline = items.join(",");
    if (inline.length <= INLINE_LIST_LIMIT && !items.some((i) => /[,"]/.test(i)))
      return { type: "list", items };
    lists.push(items);
    const col = columnLetter(3 + lists.length);
    return { type: "list", items, source: `'_thidua'!$${col}$2:$${col}$${items.length + 1}` };
  };

  // Title block.
  g.set(1, 1, { v: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${t.identity.year}`, s: "title" });
  g.set(2, 1, { v: `${t.identity.bloc.name} – ${t.identity.province}`, s: "subtitle" });
  g.set(3, 1, { v: "Đơn vị:", s: "label" });
  g.set(3, 2, { v: unit?.name ?? unitId, s: "label", text: true });
  g.set(4, 1, {
    v: `${PERIOD_VI[t.identity.period]} ${t.identity.year} · Bảng điểm ${t.id}, phiên bản ${t.identity.version}${t.sample ? " (bảng mẫu)" : ""}`,
    s: "subtitle",
  });
  g.set(5, 1, {
    v: "Nhập vào các ô màu vàng (cột F, G, I, J); các ô khác được khóa và tự tính điểm. Ô tô đỏ: giá trị ngoài giới hạn; ô tô cam: còn thiếu.",
    s: "note",
  });
  const headers = [
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
  headers.forEach((h, i) => g.set(HEADER_ROW, i + 1, { v: h, s: "header" }));

  const entries = options.ret?.entries ?? {};
  for (const node of compiled.nodes) {
    const row = layout.rowOf[node.index] ?? 0;
    writeNodeRow(node, row, entries[node.code]);
  }

  function writeNodeRow(node: CompiledNode, row: number, entry: Entry | undefined): void {
    const style =
      node.depth === 0 && node.block === "sections" && !node.rule
        ? "section"
        : node.rule
          ? "criterion"
          : "group";
    const indent = "   ".repeat(node.depth);
    g.set(row, COL.code, { v: node.code, s: style });
    g.set(row, COL.title, { v: indent + node.title, s: style });
    g.set(row, COL.standard, { v: fromFixed(node.standard), s: "points", fmt: ptsFmt });
    g.set(row, COL.max, { v: fromFixed(node.max), s: "points", fmt: ptsFmt });
    if (!node.rule) {
      const childRows = node.children.map((c) => layout.rowOf[c] ?? 0);
      g.set(row, COL.how, {
        v:
          node.cap === undefined
            ? "Tổng các mục con"
            : `Tổng các mục con, tối đa ${fromFixed(node.cap).toString().replace(".", ",")}`,
        s: style,
      });
      g.set(row, COL.points, {
        f: cappedSum(columnLetter(COL.points), childRows, node.cap),
        s: "subtotal",
        fmt: ptsFmt,
      });
      for (const c of [COL.input, COL.target, COL.evidence, COL.note]) g.set(row, c, { v: null, s: style });
      return;
    }
    const refs = {
      input: rowRef(COL.input, row),
      target: rowRef(COL.target, row),
      evidence: rowRef(COL.evidence, row),
      raw: rowRef(COL.raw, row),
    };
    g.set(row, COL.how, { v: ruleDescription(node), s: "criterion" });
    const rule = node.rule;
    const input: PlanCell = { v: null, s: "input", locked: false, fmt: GENERAL_FORMAT };
    const target: PlanCell = { v: null, s: "criterion" };
    const F = refs.input;
    if (rule.kind === "awardHistory") {
      const received =
        awardReceived(options.history, unitId, rule.award, t.identity.year, rule.yearsBack) !== undefined;
      g.set(row, COL.input, { v: received ? "Có (theo lịch sử)" : "Không (theo lịch sử)", s: "criterion" });
      g.set(row, COL.target, target);
      g.set(row, COL.points, { v: received ? fromFixed(node.max) : 0, s: "points", fmt: ptsFmt });
      g.set(row, COL.evidence, { v: null, s: "criterion" });
      g.set(row, COL.note, { v: null, s: "criterion" });
      return;
    }
    switch (rule.kind) {
      case "passFail": {
        const w = passFailWords(node.block);
        input.v = entry?.passed === undefined ? null : entry.passed ? w.yes : w.no;
        validate(F, { rule: listRule([w.yes, w.no]), error: `Chọn ${w.yes} hoặc ${w.no}.` });
        break;
      }
      case "ladder":
        input.v = entry?.level ?? null;
        input.text = true;
        input.fmt = TEXT_FORMAT;
        validate(F, {
          rule: listRule(rule.levels.map((l) => l.code)),
          error: "Chọn một mức trong danh sách.",
        });
        break;
      case "percentOfTarget": {
        const achieved = entry?.achieved ?? entry?.percent;
        const tgt =
          entry?.achieved !== undefined ? entry.target : entry?.percent !== undefined ? 100 : entry?.target;
        input.v = achieved ?? null;
        Object.assign(target, { v: tgt ?? null, s: "input", locked: false, fmt: GENERAL_FORMAT });
        validate(F, { rule: { type: "decimal", min: 0 }, error: "Nhập một số không âm." });
        validate(refs.target, { rule: { type: "decimal", min: 0.0001 }, error: "Chỉ tiêu phải lớn hơn 0." });
        highlight(refs.target, (c) => `LEN(TRIM(${c}))=0`, "missing");
        highlight(refs.target, (c) => `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<=0))`, "out-of-range");
        highlight(F, (c) => `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<0))`, "out-of-range");
        break;
      }
      case "relativeToBest":
        input.v = entry?.quantity ?? null;
        validate(F, { rule: { type: "decimal", min: 0 }, error: "Nhập một số không âm." });
        break;
      case "count":
      case "violations":
        input.v = entry?.count ?? null;
        input.fmt = COUNT_FORMAT;
        validate(F, {
          rule: { type: "whole", min: 0, max: 1_000_000 },
          error: "Nhập một số nguyên không âm.",
        });
        highlight(F, (c) => `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<0,${c}<>INT(${c})))`, "out-of-range");
        break;
      case "manual": {
        input.v = entry?.score ?? null;
        input.fmt = ptsFmt;
        const max = fromFixed(node.max);
        validate(F, { rule: { type: "decimal", min: 0, max }, error: `Nhập điểm từ 0 đến ${max}.` });
        const maxCell = (c: string) => c.replace(/^[A-Z]+/, `$${columnLetter(COL.max)}`);
        highlight(F, (c) => `AND(ISNUMBER(${c}),OR(${c}<0,${c}>${maxCell(c)}))`, "out-of-range");
        break;
      }
    }
    if (node.block === "sections") highlight(F, (c) => `LEN(TRIM(${c}))=0`, "missing");
    g.set(row, COL.input, input);
    g.set(row, COL.target, target);
    const parts = criterionFormula(node, refs);
    g.set(row, COL.raw, parts === undefined ? { v: 0 } : { f: parts.raw });
    g.set(
      row,
      COL.points,
      parts === undefined
        ? { v: 0, s: "points", fmt: ptsFmt }
        : { f: pointsFormula(node, parts, refs, decimals, mode), s: "points", fmt: ptsFmt },
    );
    g.set(row, COL.evidence, {
      v: formatEvidence(entry?.evidence),
      s: "input",
      locked: false,
      text: true,
      fmt: TEXT_FORMAT,
    });
    g.set(row, COL.note, { v: entry?.note ?? null, s: "input", locked: false, text: true, fmt: TEXT_FORMAT });
    if (node.evidenceRequired) {
      const rawOf = (c: string) => c.replace(/^[A-Z]+/, `$${columnLetter(COL.raw)}`);
      highlight(refs.evidence, (c) => `AND(LEN(TRIM(${c}))=0,${rawOf(c)}>0)`, "missing");
    }
  }

  // Bonus and deduction block headers, then the totals.
  const P = columnLetter(COL.points);
  const blockHeader = (
    row: number | undefined,
    title: string,
    items: CompiledNode[],
    cap: number | undefined,
  ) => {
    if (row === undefined) return;
    const capText = cap === undefined ? "" : ` (tối đa ${fromFixed(cap).toString().replace(".", ",")})`;
    g.set(row, COL.code, { v: null, s: "section" });
    g.set(row, COL.title, { v: `${title}${capText}`, s: "section" });
    for (const c of [COL.standard, COL.max, COL.how, COL.input, COL.target, COL.evidence, COL.note])
      g.set(row, c, { v: null, s: "section" });
    g.set(row, COL.points, {
      f: cappedSum(
        P,
        items.map((i) => layout.rowOf[i.index] ?? 0),
        cap,
      ),
      s: "subtotal",
      fmt: ptsFmt,
    });
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
    g.set(row, COL.points, { f, s: style, fmt: ptsFmt });
  };
  summary(
    layout.baseRow,
    "A. Tổng điểm các nội dung",
    sumFormula(
      P,
      compiled.sections.map((s) => layout.rowOf[s.index] ?? 0),
    ),
    "subtotal",
  );
  summary(
    layout.bonusTotalRow,
    "B. Điểm thưởng",
    layout.bonusRow === undefined ? "0" : `${P}${layout.bonusRow}`,
    "subtotal",
  );
  summary(
    layout.deductionTotalRow,
    "C. Điểm trừ",
    layout.deductionRow === undefined ? "0" : `${P}${layout.deductionRow}`,
    "subtotal",
  );
  summary(
    layout.totalRow,
    "TỔNG ĐIỂM (A + B − C)",
    `${P}${layout.baseRow}+${P}${layout.bonusTotalRow}-${P}${layout.deductionTotalRow}`,
    "total",
  );
  // The signature block (chữ ký thủ trưởng) spans the points, evidence and note columns, as the ranked table's does:
  // in column H alone (11 wide) every line would wrap into a narrow tower.
  const signature = layout.signatureRows.map(
    (r) => `${columnLetter(COL.points)}${r}:${columnLetter(COL.note)}${r}`,
  );
  const [dateRow, titleRow, signRow] = layout.signatureRows;
  g.set(dateRow, COL.points, { v: "…, ngày … tháng … năm …", s: "note" });
  g.set(titleRow, COL.points, { v: "THỦ TRƯỞNG ĐƠN VỊ", s: "label" });
  g.set(signRow, COL.points, { v: "(Ký, ghi rõ họ tên, đóng dấu)", s: "note" });

  const merges = [1, 2, 4, 5].map((r) => `A${r}:${last}${r}`).concat([`B3:${last}3`], signature);
  const unitName = unit?.name ?? unitId;
  return {
    styles: SHEET_STYLES,
    sheets: [
      {
        name: SCORING_SHEET,
        visibility: "visible",
        columns: [8, 46, 9, 9, 30, 14, 10, 11, 28, 22, 12].map((width, i) => ({
          width,
          hidden: i + 1 === COL.raw,
        })),
        cells: g.cells,
        merges,
        validations: [...validations.values()],
        conditionalFormats: [...cfs.values()],
        protect: true,
        freeze: { rows: HEADER_ROW, columns: 2 },
        print: {
          paper: "A4",
          orientation: "landscape",
          fitToWidth: true,
          titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
          header: `&L${headerFooterText(t.identity.bloc.name)}&R${headerFooterText(`${PERIOD_VI[t.identity.period]} ${t.identity.year}`)}`,
          footer: `&L${headerFooterText(unitName)}&RTrang &P/&N`,
        },
      },
      metadataSheetPlan(
        {
          kind: "scoring",
          sheetFormatVersion: SHEET_FORMAT_VERSION,
          templateId: t.id,
          templateVersion: t.identity.version,
          fingerprint: compiled.fingerprint,
          blocId: t.identity.bloc.id,
          unitId,
          year: t.identity.year,
          period: t.identity.period,
        },
        lists,
      ),
    ],
  };
}
