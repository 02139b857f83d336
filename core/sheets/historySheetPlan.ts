import type { FinalizedSummary } from "../history/finalizedSummary";
import { latestVersions } from "../history/finalizedSummary";
import type { UnitTrend } from "../history/unitTrends";
import type { Lang } from "../i18n/localized";
import type { HistoryFile } from "../ranking/historyFileSchema";
import { cellRef } from "./cellAddress";
import { historyWords } from "./historyWords";
import type { PlanGrid } from "./planGrid";
import { headerFooterText, planGrid } from "./planGrid";
import type { SheetPlan, StyleName, WorkbookPlan } from "./sheetPlan";
import { SHEET_STYLES } from "./sheetStyles";

/** What the History sheet reads: the server's history answer (`GET /api/blocs/{blocId}/history`) has these. */
export type HistorySheetInput = {
  blocId: string;
  history: HistoryFile;
  finalized: readonly FinalizedSummary[];
  trends: readonly UnitTrend[];
};

export type HistorySheetOptions = {
  lang?: Lang;
  /** The bloc's name; without it the sheet names the bloc by its id. */
  blocName?: string;
};

/**
 * The bloc's history as a sheet (lịch sử thi đua): a table of years × units of the agreed totals with a line per
 * unit drawn over it (data bars where a renderer cannot draw charts), the same table of ranks, the leader and
 * deputy of every year with how many years each unit led, and the leader and deputy suggested for the year after
 * the latest finalized one, with the rotation rule's reason. Only finalized year-end results count (the latest
 * version of each period), as the trends do.
 */
export function historySheetPlan(input: HistorySheetInput, options: HistorySheetOptions = {}): SheetPlan {
  const lang = options.lang ?? "vi";
  const w = historyWords(lang);
  const periods = latestVersions(input.finalized).filter((f) => f.kind === "year-end");
  const units = input.trends;
  const nameOf = new Map<string, string>();
  for (const f of periods) for (const u of f.units) nameOf.set(u.unitId, u.name);
  for (const t of units) nameOf.set(t.unitId, t.name);
  const name = (id: string | null | undefined) => (id ? (nameOf.get(id) ?? id) : w.undecided);

  const width = Math.max(4, units.length + 1);
  const g = planGrid(width);
  const merges: string[] = [];
  const last = cellRef(1, width).replace(/\d+$/, "");
  let row = 1;
  const line = (text: string, style: StyleName) => {
    g.set(row, 1, { v: text, s: style, text: true });
    merges.push(`A${row}:${last}${row}`);
    row++;
  };
  line(w.title(options.blocName ?? input.blocId), "title");
  const years = periods.map((f) => f.year);
  line(years.length === 0 ? w.nothingYet : w.subtitle(years[0]!, years[years.length - 1]!), "subtitle");
  row++;

  let chartValues: string | undefined;
  let chartCategories: string | undefined;
  let totals: string | undefined;
  if (periods.length > 0 && units.length > 0) {
    line(w.totals, "label");
    const header = row;
    row = yearTable(g, header, periods, units, w.year, (p) => p.total, "General");
    chartValues = `B${header}:${cellRef(row - 1, units.length + 1)}`;
    chartCategories = `A${header + 1}:A${row - 1}`;
    totals = `B${header + 1}:${cellRef(row - 1, units.length + 1)}`;
    row++;
    line(w.ranks, "label");
    row = yearTable(g, row, periods, units, w.year, (p) => p.rank, "0") + 1;
  }

  line(w.terms, "label");
  const terms = [...input.history.terms].sort((a, b) => a.year - b.year);
  [w.year, w.leader, w.deputy].forEach((h, c) => g.set(row, c + 1, { v: h, s: "header" }));
  row++;
  if (terms.length === 0) line(w.noTerms, "note");
  for (const t of terms) {
    g.set(row, 1, { v: t.year, s: "points", fmt: "0" });
    g.set(row, 2, { v: name(t.leader), s: "criterion", text: true });
    g.set(row, 3, { v: t.deputy === undefined ? "" : name(t.deputy), s: "criterion", text: true });
    row++;
  }
  const led = new Map<string, number[]>();
  for (const t of terms) led.set(t.leader, [...(led.get(t.leader) ?? []), t.year]);
  for (const [id, list] of led) line(w.ledYears(name(id), list), "note");
  row++;

  const latest = [...periods].reverse().find((f) => f.rotation !== null);
  if (latest?.rotation) {
    const r = latest.rotation;
    line(w.nextHeading(r.year), "label");
    line(w.nextLine(name(r.leader), name(r.deputy)), "criterion");
    line(r.explanation?.[lang] ?? w.noReason(latest.year), "note");
  }

  const plan: SheetPlan = {
    name: w.sheet,
    visibility: "visible",
    columns: [{ width: 10 }, ...Array.from({ length: width - 1 }, () => ({ width: 16 }))],
    cells: g.cells,
    merges,
    validations: [],
    conditionalFormats: [],
    protect: false,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      header: `&L${headerFooterText(options.blocName ?? input.blocId)}&R${headerFooterText(w.sheet)}`,
      footer: lang === "vi" ? "&RTrang &P/&N" : "&RPage &P/&N",
    },
  };
  if (chartValues && chartCategories && totals) {
    plan.chart = {
      title: w.chartTitle,
      type: "line",
      sheet: w.sheet,
      categories: chartCategories,
      values: chartValues,
      anchor: `A${row + 1}`,
    };
    // What a renderer without charts shows instead (ExcelJS): bars inside the totals' cells.
    plan.dataBars = [{ ref: totals, color: "9DC3E6" }];
  }
  return plan;
}

/** The History sheet as a workbook of one sheet. */
export function historyWorkbookPlan(
  input: HistorySheetInput,
  options: HistorySheetOptions = {},
): WorkbookPlan {
  return { styles: SHEET_STYLES, sheets: [historySheetPlan(input, options)] };
}

/** A header row of unit names, then one row per year with each unit's value (empty where it has none). */
function yearTable(
  g: PlanGrid,
  start: number,
  periods: readonly FinalizedSummary[],
  units: readonly UnitTrend[],
  yearWord: string,
  value: (p: UnitTrend["points"][number]) => number | null,
  fmt: string,
): number {
  g.set(start, 1, { v: yearWord, s: "header" });
  units.forEach((u, c) => g.set(start, c + 2, { v: u.name, s: "header", text: true }));
  let row = start + 1;
  for (const f of periods) {
    g.set(row, 1, { v: f.year, s: "points", fmt: "0" });
    units.forEach((u, c) => {
      const point = u.points.find((p) => p.periodId === f.periodId);
      const v = point === undefined ? null : value(point);
      // No value leaves the cell empty (a chart skips it; text would be plotted as 0).
      g.set(row, c + 2, v === null ? { s: "points" } : { v, s: "points", fmt });
    });
    row++;
  }
  return row;
}
