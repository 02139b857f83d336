import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import { cellRef, parseCellRef } from "../../core/sheets";
import { rowHeights } from "../../core/sheets";
import { addChartsToXlsx } from "./addChartsToXlsx";
import { automaticRowHeights } from "./automaticRowHeights";
import { protectWorkbookStructure } from "./protectWorkbookStructure";
import { encodeXmlText } from "./xmlText";
import type { CellStyle, PlanCell, SheetPlan, ValidationRule, WorkbookPlan } from "../../core/sheets";

const argb = (hex: string) => ({ argb: `FF${hex}` });
const THIN = { style: "thin" as const, color: argb("A6A6A6") };

/**
 * Renders a workbook plan with ExcelJS. Constants are written as values (ExcelJS never turns a string into a
 * formula, so untrusted text stays inert); formulas have no cached result (Excel and LibreOffice compute them
 * on load). Protection uses a low spin count: it guards against slips, not attackers, and keeps writes fast.
 */
export async function renderXlsx(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new (loadExcelJs().Workbook)();
  wb.creator = "Thi Đua";
  for (const sheet of plan.sheets) await renderSheet(wb, sheet, plan.styles);
  return wb;
}

/**
 * The plan as .xlsx bytes, with row heights that grow with what is typed (automaticRowHeights), the plan's bar
 * charts added to the package and its structure locked when the plan asks (ExcelJS can do none of these).
 */
export async function writeXlsxBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const wb = await renderXlsx(plan);
  const sized = await automaticRowHeights(Buffer.from(await wb.xlsx.writeBuffer()));
  const charted = await addChartsToXlsx(sized, plan);
  return plan.protectStructure ? protectWorkbookStructure(charted) : charted;
}

async function renderSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetPlan,
  styles: WorkbookPlan["styles"],
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
  sheet.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell, cell.s ? styles[cell.s] : undefined);
    });
  });
  rowHeights(sheet, styles).forEach((height, r) => {
    if (height !== undefined) ws.getRow(r + 1).height = height;
  });
  // A document's merged paragraphs carry their own heights (no spreadsheet sizes merged wrapped text).
  sheet.heights?.forEach((height, r) => {
    if (height !== null && height !== undefined) ws.getRow(r + 1).height = height;
  });
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const v of sheet.validations) {
    const dv = toDataValidation(v.rule, v.error, v.prompt);
    for (const ref of v.refs) for (const address of cellsOf(ref)) ws.getCell(address).dataValidation = dv;
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.refs.join(" "),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: argb(cf.fill) } },
        },
      ],
    });
  });
  // In-cell data bars on the totals, besides the bar chart addChartsToXlsx adds (ExcelJS has no chart API).
  for (const bar of sheet.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref: bar.ref,
      rules: [
        {
          type: "dataBar",
          priority: sheet.conditionalFormats.length + 1,
          gradient: false,
          minLength: 0,
          maxLength: 100,
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: argb(bar.color),
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.print.titleRows ? { printTitlesRow: sheet.print.titleRows } : {}),
      // ExcelJS puts "$" before each part ("A1:E9" → $A1:$E9): a "$" before the rows makes it $A$1:$E$9.
      ...(sheet.print.printArea ? { printArea: sheet.print.printArea.replace(/(\d+)/g, "$$$1") } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = {
      ...ws.headerFooter,
      ...(sheet.print.header ? { oddHeader: sheet.print.header } : {}),
      ...(sheet.print.footer ? { oddFooter: sheet.print.footer } : {}),
    };
  }
  if (sheet.protect) {
    await ws.protect("", {
      spinCount: 1,
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

function writeCell(cell: ExcelJS.Cell, plan: PlanCell, style: CellStyle | undefined): void {
  if (plan.f !== undefined) cell.value = { formula: plan.f } as ExcelJS.CellFormulaValue;
  else if (typeof plan.v === "string") cell.value = encodeXmlText(plan.v);
  else if (plan.v !== undefined && plan.v !== null) cell.value = plan.v;
  if (plan.fmt) cell.numFmt = plan.fmt;
  if (plan.locked === false) cell.protection = { locked: false };
  if (!style) return;
  cell.font = {
    name: "Times New Roman",
    size: style.size ?? 11,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    ...(style.color ? { color: argb(style.color) } : {}),
  };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  cell.alignment = {
    wrapText: style.wrap ?? false,
    ...(style.hAlign ? { horizontal: style.hAlign } : {}),
    vertical: style.vAlign ?? "top",
  };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

function toDataValidation(
  rule: ValidationRule,
  error: string,
  prompt: string | undefined,
): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    error,
    ...(prompt ? { showInputMessage: true, prompt } : {}),
  };
  switch (rule.type) {
    case "list":
      return {
        ...common,
        type: "list",
        formulae: [rule.source ?? `"${rule.items.join(",")}"`],
      } as ExcelJS.DataValidation;
    case "custom":
      return { ...common, type: "custom", formulae: [rule.formula] } as ExcelJS.DataValidation;
    case "decimal":
    case "whole":
      return (
        rule.max === undefined
          ? { ...common, type: rule.type, operator: "greaterThanOrEqual", formulae: [rule.min] }
          : { ...common, type: rule.type, operator: "between", formulae: [rule.min, rule.max] }
      ) as ExcelJS.DataValidation;
  }
}

/** The single cells of "F8" or "F8:G12". */
function cellsOf(ref: string): string[] {
  const [a, b] = ref.split(":");
  const from = parseCellRef(a ?? "");
  const to = b === undefined ? from : parseCellRef(b);
  if (!from || !to) return [];
  const out: string[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.column; c <= to.column; c++) out.push(cellRef(r, c));
  return out;
}
