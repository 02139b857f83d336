import type JSZip from "jszip";
import { loadJsZip } from "./loadExcelJs";
import { parseCellRef } from "../../core/sheets";
import type { ChartSpec, PlanCell, SheetPlan, WorkbookPlan } from "../../core/sheets";
import { chartDrawingXml, chartRangeRef, chartXml, escapeXml } from "./chartXml";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/**
 * Rows of the default height that fit one A4 landscape page under the repeated header row, at the scale that fits
 * the ranked table's width (checked on LibreOffice's PDF: about 46).
 */
const CHART_MAX_ROWS = 42;
/** The most bars that still get one readable value label each within CHART_MAX_ROWS. */
const MAX_LABELLED_BARS = 40;
/** The tail of the CT_Worksheet sequence, in schema order: where `<rowBreaks>` and `<drawing>` must go. */
const SHEET_TAIL = [
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Adds each sheet plan's bar chart (biểu đồ tổng điểm) to an .xlsx package written by ExcelJS, which has no chart
 * API: a DrawingML chart part referencing the plan's ranges, with the labels and values cached, a drawing
 * anchored at the plan's anchor cell, their relationships and content types. A plan without charts returns the
 * same bytes.
 */
export async function addChartsToXlsx(buffer: Buffer, plan: WorkbookPlan): Promise<Buffer> {
  // Bars only: a line chart (the history's trends) is drawn by the Office.js renderer; here data bars stand in.
  const charted = plan.sheets.filter(
    (s): s is SheetPlan & { chart: ChartSpec } => s.chart !== undefined && s.chart.type === "bar",
  );
  if (charted.length === 0) return buffer;
  const zip = await loadJsZip().loadAsync(buffer);
  const sheetParts = await sheetPartsByName(zip);
  let contentTypes = await readPart(zip, "[Content_Types].xml");
  for (const sheet of charted) {
    const sheetPath = sheetParts.get(sheet.name);
    if (!sheetPath) throw new Error(`addChartsToXlsx: sheet "${sheet.name}" is not in the package`);
    const n = nextFreeNumber(zip, "xl/drawings/drawing", "xl/charts/chart");
    const drawingPath = `xl/drawings/drawing${n}.xml`;
    const chartPath = `xl/charts/chart${n}.xml`;

    zip.file(chartPath, chartXml(chartInput(plan, sheet.chart)));
    zip.file(drawingPath, chartDrawingXml(...chartCorners(sheet), "rId1", `Biểu đồ ${n}`));
    zip.file(
      relsPath(drawingPath),
      relsXml([{ id: "rId1", type: REL_CHART, target: `../charts/chart${n}.xml` }]),
    );

    const sheetRelsPath = relsPath(sheetPath);
    const sheetRels = zip.file(sheetRelsPath) ? await readPart(zip, sheetRelsPath) : relsXml([]);
    const relId = freeRelId(sheetRels);
    zip.file(sheetRelsPath, addRelationship(sheetRels, relId, REL_DRAWING, `../drawings/drawing${n}.xml`));
    // A manual page break above the chart: printed, it starts a page instead of being cut by an automatic break
    // (the repeated header row would then be drawn over it).
    // The break keeps an empty row above the anchor on the chart's page, as a margin under the header row.
    const anchorRow = chartCorners(sheet)[0].row; // 0-based: rows 1..anchorRow are above the chart
    const lastAbove = isEmptyRow(sheet, anchorRow) ? anchorRow - 1 : anchorRow; // last row of the previous page
    let sheetXml = await readPart(zip, sheetPath);
    if (lastAbove > 0) {
      const brk = `<rowBreaks count="1" manualBreakCount="1"><brk id="${lastAbove}" max="16383" man="1"/></rowBreaks>`;
      sheetXml = insertSheetChild(sheetXml, "rowBreaks", brk, "keep", sheet.name);
    }
    const drawing = `<drawing r:id="${escapeXml(relId)}"/>`;
    zip.file(sheetPath, insertSheetChild(sheetXml, "drawing", drawing, "fail", sheet.name));

    contentTypes = contentTypes.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>` +
        `<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/></Types>`,
    );
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The chart's ranges, labels and values cached from the plan (formulas are evaluated from the plan's cells). */
function chartInput(plan: WorkbookPlan, chart: ChartSpec) {
  const source = plan.sheets.find((s) => s.name === chart.sheet);
  const categories = rangeCells(chart.categories).map(({ row, column }) => {
    const v = source?.cells[row - 1]?.[column - 1]?.v;
    return v === null || v === undefined ? "" : String(v);
  });
  const valueCells = rangeCells(chart.values);
  const values = valueCells.map(({ row, column }) =>
    source ? cellNumber(source, row, column, new Set()) : undefined,
  );
  const first = valueCells[0];
  const valueFormat = (first && source?.cells[first.row - 1]?.[first.column - 1]?.fmt) || "General";
  return {
    title: chart.title,
    seriesName: "Tổng điểm",
    categoriesRef: chartRangeRef(chart.sheet, chart.categories),
    valuesRef: chartRangeRef(chart.sheet, chart.values),
    categories,
    values,
    valueFormat,
    axisFormat: chart.valueAxis?.format ?? valueFormat,
    ...(chart.valueAxis ? { majorUnit: chart.valueAxis.majorUnit } : {}),
    // Past one page of bars (see CHART_MAX_ROWS) the value labels would overlap; the table has the values.
    valueLabels: values.length <= MAX_LABELLED_BARS,
  };
}

/**
 * The drawing's corners (0-based, `to` exclusive): from the plan's anchor cell to the sheet's last column, tall
 * enough for one readable bar per unit, at most one printed page (a chart cut by a page break is unreadable).
 */
function chartCorners(sheet: SheetPlan & { chart: ChartSpec }) {
  const anchor = parseCellRef(sheet.chart.anchor) ?? { row: sheet.cells.length + 2, column: 2 };
  const bars = rangeCells(sheet.chart.values).length;
  // Rows of the default height (15 pt): the title and the value axis take ~6, each bar ~1,6.
  const rows = Math.min(CHART_MAX_ROWS, Math.max(14, Math.ceil(bars * 1.6) + 6));
  const from = { column: anchor.column - 1, row: anchor.row - 1 };
  const to = { column: Math.max(from.column + 4, sheet.columns.length), row: from.row + rows };
  return [from, to] as const;
}

/** Whether 1-based row `row` of the plan has no cell. */
function isEmptyRow(sheet: SheetPlan, row: number): boolean {
  return !(sheet.cells[row - 1] ?? []).some((c) => c !== null && c !== undefined);
}

/** The cells of "B6:B13" (one column or one row), in order. */
function rangeCells(range: string): { row: number; column: number }[] {
  const [a, b] = range.split(":");
  const from = parseCellRef(a ?? "");
  const to = b === undefined ? from : parseCellRef(b);
  if (!from || !to) return [];
  const out: { row: number; column: number }[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.column; c <= to.column; c++) out.push({ row: r, column: c });
  return out;
}

/**
 * A cell's number as a spreadsheet would compute it: constants as they are, formulas of + − × ÷, parentheses,
 * cell references and ROUND evaluated from the plan; anything else (or a cycle) is undefined and stays uncached.
 */
function cellNumber(sheet: SheetPlan, row: number, column: number, seen: Set<string>): number | undefined {
  const cell: PlanCell | null | undefined = sheet.cells[row - 1]?.[column - 1];
  if (!cell) return 0; // an empty cell counts as 0, as in Excel
  if (cell.f === undefined) return typeof cell.v === "number" ? cell.v : cell.v === null ? 0 : undefined;
  const key = `${row}:${column}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const value = evaluate(cell.f, (r, c) => cellNumber(sheet, r, c, seen));
  seen.delete(key);
  return value;
}

function evaluate(
  formula: string,
  ref: (row: number, column: number) => number | undefined,
): number | undefined {
  const tokens = formula.match(/\$?[A-Z]{1,3}\$?[0-9]+|ROUND|[0-9]+(?:\.[0-9]+)?|[-+*/(),]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): number | undefined => {
    const t = tokens[i++];
    if (t === undefined) return undefined;
    if (t === "-") {
      const v = primary();
      return v === undefined ? undefined : -v;
    }
    if (t === "(") {
      const v = sum();
      return tokens[i++] === ")" ? v : undefined;
    }
    if (t === "ROUND") {
      if (tokens[i++] !== "(") return undefined;
      const x = sum();
      if (tokens[i++] !== ",") return undefined;
      const d = sum();
      if (tokens[i++] !== ")" || x === undefined || d === undefined) return undefined;
      return roundHalfAway(x, d);
    }
    if (/^[0-9]/.test(t)) return Number(t);
    const cell = parseCellRef(t);
    return cell ? ref(cell.row, cell.column) : undefined;
  };
  const product = (): number | undefined => {
    let v = primary();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++];
      const w = primary();
      if (v === undefined || w === undefined) return undefined;
      v = op === "*" ? v * w : v / w;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[i++];
      const w = product();
      if (v === undefined || w === undefined) return undefined;
      v = op === "+" ? v + w : v - w;
    }
    return v;
  };
  const value = sum();
  return i === tokens.length ? value : undefined;
}

/** Excel's ROUND: halves away from zero; the inner rounding to 9 places removes binary noise (0,28999…). */
function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** Math.trunc(decimals);
  const scaled = Number((Math.abs(x) * f).toFixed(9));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

/** Sheet name → worksheet part path, through workbook.xml and its relationships. */
export async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readPart(zip, "xl/workbook.xml");
  const rels = await readPart(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const target = targets.get(attribute(m[0], "r:id") ?? "");
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

/**
 * The sheet XML with `element` (a `<name …/>`) as a top-level child at its place in the CT_Worksheet sequence:
 * before the first top-level child that must follow it, else at the end. `existing` says what to do when the
 * sheet already has one.
 */
function insertSheetChild(
  sheetXml: string,
  name: string,
  element: string,
  existing: "keep" | "fail",
  sheetName: string,
): string {
  const start = sheetXml.indexOf("</sheetData>");
  if (start < 0) throw new Error(`addChartsToXlsx: sheet "${sheetName}" has no sheetData`);
  const rank = SHEET_TAIL.indexOf(name);
  const splice = (at: number) => `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`;
  let depth = 1; // inside <worksheet>
  const tag = /<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g;
  tag.lastIndex = start + "</sheetData>".length;
  for (let m = tag.exec(sheetXml); m; m = tag.exec(sheetXml)) {
    const [, closing, child = "", selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) return splice(m.index);
      continue;
    }
    if (depth === 1 && child === name) {
      if (existing === "keep") return sheetXml;
      throw new Error(`addChartsToXlsx: sheet "${sheetName}" already has a ${name}`);
    }
    if (depth === 1 && SHEET_TAIL.indexOf(child) > rank) return splice(m.index);
    if (!selfClosing) depth++;
  }
  throw new Error(`addChartsToXlsx: sheet "${sheetName}" is not closed`);
}

type Relationship = { id: string; type: string; target: string };

function relsXml(rels: readonly Relationship[]): string {
  const body = rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${body}</Relationships>`;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return rels.includes("</Relationships>")
    ? rels.replace("</Relationships>", `${rel}</Relationships>`)
    : rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
}

/** An `rIdN` not yet used in a relationships part. */
function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The smallest N with no part `${prefix}N.xml` for any of the prefixes. */
function nextFreeNumber(zip: JSZip, ...prefixes: string[]): number {
  let n = 1;
  while (prefixes.some((p) => zip.file(`${p}${n}.xml`) !== null)) n++;
  return n;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`addChartsToXlsx: the package has no ${path}`);
  return file.async("string");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9A-Fa-f]+|#[0-9]+);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[e as "lt"];
  });
}
