/// <reference types="office-js" />
import { cellRef, columnLetter, parseCellRef } from "../../core/sheets";
import type {
  CellStyle,
  ChartSpec,
  SheetPlan,
  StyleName,
  ValidationRule,
  WorkbookPlan,
} from "../../core/sheets";
import { excelInput, payloadBytes } from "./excelInput";

/** The name of the chart a sheet plan's chart is drawn as; writing the plan again replaces that chart only. */
export const PLAN_CHART_NAME = "Thi Đua – Tổng điểm";

/** What writing a plan cost: the `context.sync()` calls and the estimated bytes of each request. */
export type ApplyStats = { syncs: number; requestBytes: number[] };

export type ApplyOptions = {
  /** A request is sent before it would exceed this (Excel on the web refuses requests above 5 MB). */
  maxRequestBytes?: number;
  /** Rows written per `range.formulas` block. */
  rowsPerBlock?: number;
};

/**
 * Writes a workbook plan into the open workbook with Office.js: 2-D arrays per block of rows (never cell by cell),
 * formats grouped by style, then validation, conditional formats, protection and print setup. One sync finds the
 * existing sheets and whether the workbook's structure is protected (it is unprotected while writing, then
 * protected again, and protected when the plan asks: `protectStructure`); the writes go in as few requests as the
 * size allows (one for a 300-criterion sheet), each kept below `maxRequestBytes`. Existing sheets of the same name
 * are cleared and reused; writing a plan with a chart over its own sheet again takes one more sync, to find and
 * replace the earlier chart (the user's charts stay).
 */
export async function applySheetPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyStats> {
  const maxBytes = options.maxRequestBytes ?? 1_000_000;
  const rowsPerBlock = options.rowsPerBlock ?? 200;
  const stats: ApplyStats = { syncs: 0, requestBytes: [] };
  let pending = 0;
  const sync = async () => {
    await context.sync();
    stats.syncs += 1;
    stats.requestBytes.push(pending);
    pending = 0;
  };
  const queue = async (bytes: number) => {
    if (pending > 0 && pending + bytes > maxBytes) await sync();
    pending += bytes;
  };

  const sheets = context.workbook.worksheets;
  const existing = plan.sheets.map((s) => {
    // isNullObject is known after the sync without loading anything.
    return sheets.getItemOrNullObject(s.name);
  });
  // Whether the structure is protected (ExcelApi 1.7), in the same request: sheets are added and hidden below.
  const book = context.workbook.protection;
  book.load("protected");
  pending += 200 * plan.sheets.length + 100;
  await sync();
  const bookWasProtected = book.protected;
  // No password, as the plan writes it; a structure the user protected with a password fails here, in words.
  if (bookWasProtected) book.unprotect();
  // The chart an earlier run drew, looked up only on sheets known to exist (nothing is asked of a null worksheet):
  // one more request, and only when a plan with a chart is written over its own sheet again.
  const oldCharts = plan.sheets.map((s, i) => {
    const found = existing[i];
    return s.chart && found && !found.isNullObject
      ? found.charts.getItemOrNullObject(PLAN_CHART_NAME)
      : undefined;
  });
  if (oldCharts.some((c) => c !== undefined)) {
    pending += 100;
    await sync();
  }

  const written: Excel.Worksheet[] = [];
  for (const [i, sheet] of plan.sheets.entries()) {
    const found = existing[i];
    let ws: Excel.Worksheet;
    if (found && !found.isNullObject) {
      ws = found;
      ws.visibility = "Visible";
      ws.protection.unprotect();
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All");
      // Clearing cells keeps charts: the earlier run's chart goes, the user's own charts stay.
      const oldChart = oldCharts[i];
      if (oldChart && !oldChart.isNullObject) oldChart.delete();
    } else ws = sheets.add(sheet.name);
    written.push(ws);
    await writeSheet(ws, sheet, plan.styles, queue, rowsPerBlock);
  }
  // Hide and protect last: Excel refuses to hide the only visible sheet, and protected cells refuse writes.
  plan.sheets.forEach((sheet, i) => {
    const ws = written[i];
    if (!ws) return;
    if (sheet.protect)
      ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
    if (sheet.visibility === "veryHidden") ws.visibility = "VeryHidden";
  });
  const first = plan.sheets.findIndex((s) => s.visibility === "visible");
  written[first]?.activate();
  // Structure last: no sheet can then be added, renamed, moved, deleted, shown or hidden without unprotecting.
  if (plan.protectStructure || bookWasProtected) book.protect();
  pending += 100;
  await sync();
  return stats;
}

type Queue = (bytes: number) => Promise<void>;

async function writeSheet(
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  styles: Readonly<Record<StyleName, CellStyle>>,
  queue: Queue,
  rowsPerBlock: number,
): Promise<void> {
  const width = Math.max(sheet.columns.length, ...sheet.cells.map((r) => r.length));
  // Number formats go first so that text cells ("@") already hold text when their values arrive.
  for (let r0 = 0; r0 < sheet.cells.length; r0 += rowsPerBlock) {
    const rows = sheet.cells.slice(r0, r0 + rowsPerBlock);
    const formats = rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.fmt ?? "General"));
    const inputs = rows.map((row) => Array.from({ length: width }, (_, c) => excelInput(row[c])));
    await queue(payloadBytes(formats) + payloadBytes(inputs) + 200);
    const range = ws.getRangeByIndexes(r0, 0, rows.length, width);
    range.numberFormat = formats;
    range.formulas = inputs;
  }
  sheet.columns.forEach((col, c) => {
    const column = ws.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`);
    column.format.columnWidth = Math.round(col.width * 6);
    if (col.hidden) column.columnHidden = true;
  });
  await queue(sheet.columns.length * 120);

  for (const [style, ranges] of styleRuns(sheet)) {
    for (const address of joinAddresses(ranges)) {
      // About twenty property sets per style, each naming the range.
      await queue((address.length + 80) * 22);
      applyStyle(ws.getRanges(address).format, styles[style]);
    }
  }
  const unlocked = sheet.cells.flatMap((row, r) =>
    row.flatMap((c, col) => (c?.locked === false ? [cellRef(r + 1, col + 1)] : [])),
  );
  for (const address of joinAddresses(unlocked)) {
    await queue(address.length + 100);
    ws.getRanges(address).format.protection.locked = false;
  }
  for (const merge of sheet.merges) {
    await queue(80);
    ws.getRange(merge).merge(false);
  }
  for (const v of sheet.validations) {
    for (const address of joinAddresses(v.refs)) {
      await queue(2 * address.length + payloadBytes(v.rule) + payloadBytes(v.error) + 300);
      const dv = ws.getRanges(address).dataValidation;
      dv.rule = toRule(v.rule);
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Thi Đua", message: v.error };
    }
  }
  for (const cf of sheet.conditionalFormats) {
    await queue(payloadBytes(cf) + 200);
    const format = ws.getRanges(cf.refs.join(",")).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = `#${cf.fill}`;
  }
  // Excel measures wrapped text itself: one autofit instead of a height per row.
  ws.getRange().format.autofitRows();
  await queue(100);
  // After the autofit: merged paragraphs of a document carry their own heights (Excel does not fit merged cells).
  for (const [r, height] of (sheet.heights ?? []).entries()) {
    if (height === null || height === undefined) continue;
    await queue(120);
    ws.getRangeByIndexes(r, 0, 1, width).format.rowHeight = height;
  }
  for (const bar of sheet.dataBars ?? []) {
    await queue(300);
    const format = ws.getRange(bar.ref).conditionalFormats.add("DataBar");
    format.dataBar.barDirection = "LeftToRight";
    format.dataBar.positiveFormat.fillColor = `#${bar.color}`;
  }
  if (sheet.freeze)
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, sheet.freeze.rows, sheet.freeze.columns));
  if (sheet.print) {
    const layout = ws.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.print.titleRows) layout.setPrintTitleRows(`$${sheet.print.titleRows.replace(":", ":$")}`);
    if (sheet.print.printArea) layout.setPrintArea(sheet.print.printArea);
    const pages = layout.headersFooters.defaultForAllPages;
    const header = sections(sheet.print.header);
    const footer = sections(sheet.print.footer);
    if (header.L) pages.leftHeader = header.L;
    if (header.C) pages.centerHeader = header.C;
    if (header.R) pages.rightHeader = header.R;
    if (footer.L) pages.leftFooter = footer.L;
    // The table's id, version and code print in the footer's centre (the title block is for people).
    if (footer.C) pages.centerFooter = footer.C;
    if (footer.R) pages.rightFooter = footer.R;
    await queue(600);
  }
  if (sheet.chart?.type === "line") {
    drawLineChart(ws, sheet.chart);
    await queue(500);
  } else if (sheet.chart) {
    // A Range is one area: the chart is made on the values, then the unit names become its categories.
    const chart = ws.charts.add("BarClustered", ws.getRange(sheet.chart.values), "Columns");
    chart.name = PLAN_CHART_NAME;
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(sheet.chart.categories));
    // First-ranked unit at the top, as in the .xlsx chart.
    chart.axes.categoryAxis.reversePlotOrder = true;
    // Whole-number axis labels at a round step (120, not 120,00), as in the .xlsx chart.
    if (sheet.chart.valueAxis) {
      chart.axes.valueAxis.numberFormat = sheet.chart.valueAxis.format;
      chart.axes.valueAxis.majorUnit = sheet.chart.valueAxis.majorUnit;
    }
    chart.legend.visible = false;
    chart.title.text = sheet.chart.title;
    chart.setPosition(sheet.chart.anchor);
    await queue(500);
  }
}

/**
 * A plan's line chart (the History's trends): one line per column of the values, whose first row names them (the
 * units), each set against the categories (the years); the legend names the lines.
 */
function drawLineChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const chart = ws.charts.add("LineMarkers", ws.getRange(spec.values), "Columns");
  chart.name = PLAN_CHART_NAME;
  const [from = 0, to = from] = spec.values.split(":").map((ref) => parseCellRef(ref)?.column ?? 0);
  for (let i = 0; i <= to - from; i++) chart.series.getItemAt(i).setXAxisValues(ws.getRange(spec.categories));
  chart.legend.visible = true;
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
}

/** Ranges of consecutive cells in a row sharing a style, per style. */
function styleRuns(sheet: SheetPlan): Map<StyleName, string[]> {
  const runs = new Map<StyleName, string[]>();
  sheet.cells.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.s;
      let end = c;
      while (style && row[end + 1]?.s === style) end++;
      if (style) {
        const list = runs.get(style) ?? [];
        list.push(end === c ? cellRef(r + 1, c + 1) : `${cellRef(r + 1, c + 1)}:${cellRef(r + 1, end + 1)}`);
        runs.set(style, list);
      }
      c = end + 1;
    }
  });
  return runs;
}

/** Comma-joined address lists short enough for `getRanges` (Excel limits an address to 8 192 characters). */
function joinAddresses(refs: readonly string[], limit = 2000): string[] {
  const out: string[] = [];
  let current = "";
  for (const ref of refs) {
    if (current && current.length + ref.length + 1 > limit) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${ref}` : ref;
  }
  if (current) out.push(current);
  return out;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  format.font.name = "Times New Roman";
  format.font.size = style.size ?? 11;
  format.font.bold = style.bold ?? false;
  format.font.italic = style.italic ?? false;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  format.wrapText = style.wrap ?? false;
  if (style.hAlign)
    format.horizontalAlignment =
      style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
  format.verticalAlignment = style.vAlign === "middle" ? "Center" : "Top";
  if (style.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#A6A6A6";
    }
  }
}

function toRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return {
        list: { inCellDropDown: true, source: rule.source ? `=${rule.source}` : rule.items.join(",") },
      };
    case "custom":
      return { custom: { formula: `=${rule.formula}` } };
    case "decimal":
    case "whole": {
      const basic: Excel.BasicDataValidation =
        rule.max === undefined
          ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: rule.min, formula2: rule.max, operator: "Between" };
      return rule.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
  }
}

/** The &L / &C / &R sections of an Excel header or footer string. */
function sections(text: string | undefined): Partial<Record<"L" | "C" | "R", string>> {
  const out: Partial<Record<"L" | "C" | "R", string>> = {};
  if (!text) return out;
  for (const m of text.matchAll(/&([LCR])((?:[^&]|&&|&[^LCR])*)/g)) out[m[1] as "L" | "C" | "R"] = m[2] ?? "";
  return out;
}
