import { parseTemplate } from "../../../core/template/parseTemplate";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import { COL, HEADER_ROW, SCORING_SHEET, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET } from "../../../core/sheets/sheetMetadata";
import type { PlanCell, SheetPlan } from "../../../core/sheets/sheetPlan";
import { rowHeights } from "../../../core/sheets/rowHeights";
import { roundingFormula } from "../../../core/sheets/scoringFormulas";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

function compiledAllKinds(): CompiledTemplate {
  const parsed = parseTemplate(allKindsTemplate);
  if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
  return parsed.compiled;
}

const compiled = compiledAllKinds();
const plan = scoringSheetPlan(compiled, "cong-an-tinh");
const sheet = plan.sheets[0] as SheetPlan;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;
const cell = (row: number, col: number): PlanCell | null | undefined => sheet.cells[row - 1]?.[col - 1];

describe("scoringSheetPlan", () => {
  it("lays out a header, one row per node in document order, the bonus and deduction blocks and the totals", () => {
    expect(sheet.name).toBe(SCORING_SHEET);
    expect(cell(HEADER_ROW, COL.points)?.v).toBe("Điểm tự chấm");
    const codes = compiled.nodes.map((n) => cell(rowOf(n.code), COL.code)?.v);
    expect(codes).toEqual(compiled.nodes.map((n) => n.code));
    expect(cell(3, 2)).toMatchObject({ v: "Công an tỉnh", text: true });
    expect(cell(layout.totalRow, COL.points)?.f).toBe(
      `H${layout.baseRow}+H${layout.bonusTotalRow}-H${layout.deductionTotalRow}`,
    );
  });

  it("computes a capped group as MIN(cap, SUM(children)) and the bonus block under its global cap", () => {
    const ii = rowOf("II");
    expect(cell(ii, COL.points)?.f).toBe(`MIN(30,SUM(H${ii + 1}:H${ii + 3}))`);
    expect(cell(layout.bonusRow ?? 0, COL.points)?.f).toBe(`MIN(20,SUM(H${rowOf("T.1")}:H${rowOf("T.3")}))`);
  });

  it("writes each criterion's formula from its input cells, with the template's rounding and evidence rule", () => {
    const r = rowOf("I.1");
    // F and G are read as typed: a percent-formatted entry ("95%", stored as 0,95) counts as its percentage.
    const typed = (c: string) => `IF(LEFT(CELL("format",${c}${r}),1)="P",${c}${r}*100,${c}${r})`;
    expect(cell(r, COL.raw)?.f).toContain(
      `30-INT(ROUND((${typed("G")}-${typed("F")})*100/(${typed("G")}*1),9))*0.5`,
    );
    expect(cell(r, COL.points)?.f).toBe(
      `IF(LEN(TRIM(I${r}))=0,0,IF(AND(ISNUMBER(F${r}),ISNUMBER(G${r}),N(G${r})>0),MAX(0,MIN(33,ROUND(K${r},2))),0))`,
    );
    const ladder = rowOf("I.2");
    expect(cell(ladder, COL.raw)?.f).toBe(
      `IF(TRIM(F${ladder})="HTXSNV",12,IF(TRIM(F${ladder})="HTTNV",10,IF(TRIM(F${ladder})="HTNV",7,IF(TRIM(F${ladder})="KHTNV",0,0))))`,
    );
  });

  it("leaves relative-to-best points at 0 for the consolidation and writes award-history bonuses from history", () => {
    const withHistory = scoringSheetPlan(compiled, "cong-an-tinh", {
      history: [{ unitId: "cong-an-tinh", year: 2021, award: "co-ubnd-tinh" }],
    }).sheets[0] as SheetPlan;
    expect(cell(rowOf("I.3"), COL.points)).toMatchObject({ v: 0 });
    expect(withHistory.cells[rowOf("T.2") - 1]?.[COL.points - 1]).toMatchObject({ v: 10 });
    expect(withHistory.cells[rowOf("T.1") - 1]?.[COL.points - 1]).toMatchObject({ v: 0 });
  });

  it("opens only input cells when the sheet is protected and locks every formula", () => {
    expect(sheet.protect).toBe(true);
    const open = sheet.cells.flatMap((row, r) =>
      row.flatMap((c, col) => (c?.locked === false ? [`${String.fromCharCode(65 + col)}${r + 1}`] : [])),
    );
    expect(open).toContain(`F${rowOf("III.1")}`);
    expect(open).toContain(`G${rowOf("I.1")}`);
    expect(open).not.toContain(`G${rowOf("III.1")}`);
    expect(open).not.toContain(`F${rowOf("T.1")}`); // award history is never typed
    expect(sheet.cells.flat().filter((c) => c?.f !== undefined && c.locked === false)).toEqual([]);
  });

  it("offers dropdowns for ladders and pass/fail, bounds for scores and whole counts", () => {
    const ruleAt = (ref: string) => sheet.validations.find((v) => v.refs.includes(ref))?.rule;
    expect(ruleAt(`F${rowOf("I.2")}`)).toEqual({ type: "list", items: ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] });
    expect(ruleAt(`F${rowOf("II.1")}`)).toEqual({ type: "list", items: ["Đạt", "Không đạt"] });
    expect(ruleAt(`F${rowOf("TR.2")}`)).toEqual({ type: "list", items: ["Có", "Không"] });
    // A manual score with a step: the cell refuses a score off it, and its message names the step.
    const r = rowOf("III.1");
    expect(ruleAt(`F${r}`)).toEqual({
      type: "custom",
      formula: `AND(ISNUMBER(F${r}),F${r}>=0,F${r}<=25,MOD(ROUND(F${r}/0.5,9),1)=0)`,
    });
    expect(sheet.validations.find((v) => v.refs.includes(`F${r}`))?.error).toBe(
      "Nhập điểm từ 0 đến 25 theo bước 0,5: 0; 0,5; 1; … 25.",
    );
    expect(ruleAt(`F${rowOf("TR.3")}`)).toEqual({ type: "decimal", min: 0, max: 3 });
    expect(ruleAt(`F${rowOf("II.2")}`)).toEqual({ type: "whole", min: 0, max: 1_000_000 });
  });

  it("moves a dropdown list too long for Excel's 255 characters onto the hidden sheet", () => {
    const long = structuredClone(allKindsTemplate);
    const levels = Array.from({ length: 30 }, (_, i) => ({
      code: `MUC-HOAN-THANH-${String(i + 1).padStart(2, "0")}`,
      label: `Mức ${i + 1}`,
      points: 0.25 * i,
    }));
    const i2 = long.sections[0]?.children?.[1];
    if (i2) {
      i2.rule = { kind: "ladder", levels };
      i2.max = 12;
    }
    const parsedLong = parseTemplate(long);
    if (!parsedLong.ok) throw new Error(JSON.stringify(parsedLong.problems));
    const longPlan = scoringSheetPlan(parsedLong.compiled, "cong-an-tinh");
    const rule = longPlan.sheets[0]?.validations.find((v) => v.refs.includes(`F${rowOf("I.2")}`))?.rule;
    expect(rule).toEqual({ type: "list", items: levels.map((l) => l.code), source: "'_thidua'!$D$2:$D$31" });
    const meta = longPlan.sheets[1] as SheetPlan;
    expect([1, 30].map((r) => meta.cells[r]?.[3]?.v)).toEqual(["MUC-HOAN-THANH-01", "MUC-HOAN-THANH-30"]);
  });

  it("When a quantity has a unit, then its 'Cách chấm' cell names the unit beside the input", () => {
    expect(cell(rowOf("I.3"), COL.how)?.v).toBe(
      "Nhập số lượng; điểm tính khi tổng hợp toàn khối (đơn vị cao nhất = 10). Đơn vị tính: văn bản",
    );
    expect(String(cell(rowOf("II.1"), COL.how)?.v)).not.toContain("Đơn vị tính");
  });

  it("highlights missing entries and out-of-range scores with conditional formats", () => {
    const missing = sheet.conditionalFormats.find(
      (c) => c.reason === "missing" && c.refs.includes(`F${rowOf("I.2")}`),
    );
    expect(missing?.refs[0]).toBe(`F${rowOf("I.1")}`);
    expect(missing?.formula).toBe(`LEN(TRIM(F${rowOf("I.1")}))=0`);
    const manual = sheet.conditionalFormats.find(
      (c) =>
        c.reason === "out-of-range" && c.refs.includes(`F${rowOf("III.1")}`) && !c.formula.includes("CELL"),
    );
    const percent = sheet.conditionalFormats.find(
      (c) => c.reason === "out-of-range" && c.formula.includes("CELL"),
    );
    // Every numeric input that takes no percentage turns red when typed with "%"; percent of target does not.
    expect(percent?.refs).toEqual(expect.arrayContaining([`F${rowOf("III.1")}`, `F${rowOf("I.3")}`]));
    expect(percent?.refs).not.toContain(`F${rowOf("I.1")}`);
    expect(manual?.formula).toBe(
      `AND(ISNUMBER(F${rowOf("III.1")}),OR(F${rowOf("III.1")}<0,F${rowOf("III.1")}>$D${rowOf("III.1")}))`,
    );
  });

  it("prints on A4 landscape, fitted to width, repeating the header row", () => {
    expect(sheet.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: "6:6",
    });
    expect(sheet.columns[COL.raw - 1]?.hidden).toBe(true);
  });

  it("When the sheet prints, then the table's id, version and fingerprint are in the footer, not the title block", () => {
    const title = sheet.cells
      .slice(0, HEADER_ROW - 1)
      .flat()
      .map((c) => String(c?.v ?? ""))
      .join(" | ");
    expect(title).not.toContain(compiled.template.id);
    expect(sheet.print?.footer).toBe(
      `&LCông an tỉnh&CBảng điểm ${compiled.template.id}, phiên bản 1 · ${compiled.fingerprint.slice(7, 19)}&RTrang &P/&N`,
    );
  });

  it("spreads the signature block across columns H–J, so that each line fits on one line", () => {
    const rows = [2, 3, 4].map((k) => layout.totalRow + k);
    expect(rows.map((r) => cell(r, COL.points)?.v)).toEqual([
      `${compiled.template.identity.province}, ngày … tháng … năm …`,
      "THỦ TRƯỞNG ĐƠN VỊ",
      "(Ký, ghi rõ họ tên, đóng dấu)",
    ]);
    expect(sheet.merges).toEqual(expect.arrayContaining(rows.map((r) => `H${r}:J${r}`)));
    const heights = rowHeights(sheet, plan.styles);
    expect(rows.map((r) => heights[r - 1])).toEqual([undefined, undefined, undefined]);
    expect(layout.lastRow).toBe(rows[2]);
  });

  it("records template id, version, fingerprint, bloc, unit, year and format version on a very hidden sheet", () => {
    const meta = plan.sheets[1] as SheetPlan;
    expect(meta).toMatchObject({ name: METADATA_SHEET, visibility: "veryHidden" });
    const pairs = Object.fromEntries(meta.cells.slice(1).map((r) => [r[0]?.v, r[1]?.v]));
    expect(pairs).toMatchObject({
      kind: "scoring",
      templateId: "mau-kiem-thu",
      templateVersion: "1",
      fingerprint: compiled.fingerprint,
      blocId: "khoi-kiem-thu",
      unitId: "cong-an-tinh",
      year: 2022,
      sheetFormatVersion: 2,
    });
    expect(meta.cells[0]?.[0]?.v).toMatch(/^Trang dữ liệu của chương trình — không sửa/);
    expect(meta.protect).toBe(true);
    expect(plan.protectStructure).toBe(true);
  });

  it("formats points with the template's decimals, shown with a decimal comma by a Vietnamese Excel", () => {
    expect(cell(rowOf("I.1"), COL.points)?.fmt).toBe("#,##0.00");
  });
});

describe("roundingFormula", () => {
  it("uses ROUND for half-up, snaps binary noise before ROUNDDOWN, and rounds exact halves to even", () => {
    expect(roundingFormula("K8", 2, "half-up")).toBe("ROUND(K8,2)");
    expect(roundingFormula("K8", 1, "down")).toBe("ROUNDDOWN(ROUND(K8,9),1)");
    expect(roundingFormula("K8", 1, "half-even")).toBe(
      "IF(ABS(MOD(ROUND(K8*10,6),1))=0.5,2*ROUND(K8*10/2,0)/10,ROUND(K8,1))",
    );
  });
});
