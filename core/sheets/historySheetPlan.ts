import type { FinalizedSummary } from "../history/finalizedSummary";
import { latestVersions } from "../history/finalizedSummary";
import type { UnitTrend } from "../history/unitTrends";
import type { Lang } from "../i18n/localized";
import type { HistoryFile } from "../ranking/historyFileSchema";
import { cellRef } from "./cellAddress";
import { historyWords } from "./historyWords";
import type { DocumentWriter } from "./documentWriter";
import { documentWriter } from "./documentWriter";
import { headerFooterText } from "./planGrid";
import type { PlanCell, SheetPlan, WorkbookPlan } from "./sheetPlan";
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
  const bloc = options.blocName ?? input.blocId;

  const widths = [10, ...Array.from({ length: Math.max(3, units.length) }, () => 16)];
  const d = documentWriter(widths, 1);
  d.line(w.title(bloc), "title");
  const years = periods.map((f) => f.year);
  d.line(years.length === 0 ? w.nothingYet : w.subtitle(years[0]!, years[years.length - 1]!), "subtitle");
  d.gap();
  const ranges = writeTrends(d, periods, units, w);
  writeTerms(d, input.history.terms, name, w);
  const latest = [...periods].reverse().find((f) => f.rotation !== null);
  if (latest?.rotation) {
    const r = latest.rotation;
    d.line(w.nextHeading(r.year), "label");
    d.line(w.nextLine(name(r.leader), name(r.deputy)));
    d.line(r.explanation?.[lang] ?? w.noReason(latest.year), "note");
  }

  const plan: SheetPlan = {
    name: w.sheet,
    visibility: "visible",
    columns: widths.map((width) => ({ width })),
    cells: d.cells,
    merges: d.merges,
    validations: [],
    conditionalFormats: [],
    protect: false,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      header: `&L${headerFooterText(bloc)}&R${headerFooterText(w.sheet)}`,
      footer: lang === "vi" ? "&RTrang &P/&N" : "&RPage &P/&N",
    },
    heights: d.heights,
  };
  if (ranges) {
    const { values, categories } = ranges;
    plan.chart = {
      title: w.chartTitle,
      type: "line",
      sheet: w.sheet,
      categories,
      values,
      anchor: `A${d.row + 1}`,
    };
    // What a renderer without charts shows instead (ExcelJS): bars inside the totals' cells.
    plan.dataBars = [{ ref: ranges.totals, color: "9DC3E6" }];
  }
  return plan;
}

type Words = ReturnType<typeof historyWords>;

/**
 * The totals and the ranks as tables of years × units; returns the chart's ranges over the totals (the unit names'
 * row and the values, the years) or undefined when nothing was finalized.
 */
function writeTrends(
  d: DocumentWriter,
  periods: readonly FinalizedSummary[],
  units: readonly UnitTrend[],
  w: Words,
): { values: string; categories: string; totals: string } | undefined {
  if (periods.length === 0 || units.length === 0) return undefined;
  d.line(w.totals, "label");
  const header = d.row;
  yearTable(d, periods, units, w.year, (p) => p.total, "General");
  const lastCell = cellRef(d.row - 1, units.length + 1);
  const ranges = {
    values: `B${header}:${lastCell}`,
    categories: `A${header + 1}:A${d.row - 1}`,
    totals: `B${header + 1}:${lastCell}`,
  };
  d.gap();
  d.line(w.ranks, "label");
  yearTable(d, periods, units, w.year, (p) => p.rank, "0");
  d.gap();
  return ranges;
}

/** The leader and deputy of every year (the history's terms), then how many years each unit led. */
function writeTerms(d: DocumentWriter, all: HistoryFile["terms"], name: (id: string) => string, w: Words) {
  d.line(w.terms, "label");
  const terms = [...all].sort((a, b) => a.year - b.year);
  d.cellsRow([w.year, w.leader, w.deputy].map((h) => ({ v: h, s: "header" })));
  if (terms.length === 0) d.line(w.noTerms, "note");
  for (const t of terms)
    d.cellsRow([
      { v: t.year, s: "points", fmt: "0" },
      { v: name(t.leader), s: "criterion", text: true },
      { v: t.deputy === undefined ? "" : name(t.deputy), s: "criterion", text: true },
    ]);
  const led = new Map<string, number[]>();
  for (const t of terms) led.set(t.leader, [...(led.get(t.leader) ?? []), t.year]);
  for (const [id, list] of led) d.line(w.ledYears(name(id), list), "note");
  d.gap();
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
  d: DocumentWriter,
  periods: readonly FinalizedSummary[],
  units: readonly UnitTrend[],
  yearWord: string,
  value: (p: UnitTrend["points"][number]) => number | null,
  fmt: string,
): void {
  d.cellsRow([
    { v: yearWord, s: "header" },
    ...units.map((u): PlanCell => ({ v: u.name, s: "header", text: true })),
  ]);
  for (const f of periods) {
    const cells = units.map((u): PlanCell => {
      const point = u.points.find((p) => p.periodId === f.periodId);
      const v = point === undefined ? null : value(point);
      // No value leaves the cell empty (a chart skips it; text would be plotted as 0).
      return v === null ? { s: "points" } : { v, s: "points", fmt };
    });
    d.cellsRow([{ v: f.year, s: "points", fmt: "0" }, ...cells]);
  }
}
