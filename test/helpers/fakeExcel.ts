/// <reference types="office-js" />
import { cellRef, parseCellRef } from "../../core/sheets/cellAddress";

/**
 * A small typed in-memory fake of the Excel objects our Office.js adapter uses. It records every queued
 * operation, counts `context.sync()` calls with the JSON size of each request, parses input the way Excel does
 * ("=…" is a formula, a leading apostrophe keeps text, "00123" becomes a number unless the cell is formatted "@"),
 * refuses writes to locked cells of a protected sheet, and only lets loaded properties be read after a sync.
 */

export type FakeCell = {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  locked: boolean;
  font: Record<string, unknown>;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders: Record<string, Record<string, unknown>>;
};

type Area = { r0: number; c0: number; r1: number; c1: number };
type Op = { op: string; sheet: string; address?: string; value?: unknown };

export class FakeContext {
  readonly workbook: FakeWorkbook;
  syncCount = 0;
  /** JSON bytes of each request sent by a sync, and of the loaded data each sync brought back. */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  readonly requests: Op[][] = [];
  pending: Op[] = [];
  private loads: (() => void)[] = [];
  /** The cell the user sees selected, after `range.select()`. */
  selection: { sheet: string; address: string } | undefined;
  /** The handlers `worksheets.onChanged.add` registered, as Excel keeps them. */
  readonly changeHandlers: ((event: Excel.WorksheetChangedEventArgs) => Promise<unknown>)[] = [];
  constructor() {
    this.workbook = new FakeWorkbook(this);
  }
  /**
   * A person typing `input` into one cell of a sheet (outside any request): Excel's parsing and the sheet's
   * protection apply, then every change handler runs, as Excel raises `onChanged` after an edit.
   */
  async typeInto(sheet: string, ref: string, input: string): Promise<void> {
    const ws = this.workbook.worksheets.get(sheet);
    if (!ws) throw new Error(`No sheet ${sheet}`);
    const pending = this.pending;
    ws.getRange(ref).formulas = [[input]];
    this.pending = pending;
    const event = {
      worksheetId: sheet,
      address: ref,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
    };
    for (const handler of [...this.changeHandlers])
      await handler(event as unknown as Excel.WorksheetChangedEventArgs);
  }
  record(op: Op): void {
    this.pending.push(op);
  }
  onSync(load: () => void): void {
    this.loads.push(load);
  }
  async sync(): Promise<void> {
    this.syncCount += 1;
    this.requestBytes.push(JSON.stringify(this.pending).length);
    this.responseBytes.push(0);
    this.requests.push(this.pending);
    this.pending = [];
    const loads = this.loads;
    this.loads = [];
    for (const load of loads) load();
  }
  /** Resets the counters between two actions of a test. */
  resetCounters(): void {
    this.syncCount = 0;
    this.requestBytes.length = 0;
    this.responseBytes.length = 0;
    this.requests.length = 0;
  }
  /** As the adapter's parameter type. */
  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly protection: FakeWorkbookProtection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

/**
 * `workbook.protection` (ExcelApi 1.7): while the structure is protected, Excel refuses to add a sheet or change a
 * sheet's visibility; `protect()` fails on a protected workbook; `protected` is readable only after load + sync.
 */
export class FakeWorkbookProtection {
  private locked = false;
  private loaded = false;
  constructor(private readonly context: FakeContext) {}
  load(): void {
    this.context.onSync(() => (this.loaded = true));
  }
  get protected(): boolean {
    if (!this.loaded) throw new Error("PropertyNotLoaded: workbook.protection.protected");
    return this.locked;
  }
  /** Whether the structure is protected now, as a test sees it (no load needed). */
  get structureLocked(): boolean {
    return this.locked;
  }
  protect(password?: string): void {
    this.context.record({ op: "workbook.protect", sheet: "", value: password ?? null });
    if (this.locked) throw new Error("InvalidOperation: the workbook is already protected");
    this.locked = true;
  }
  unprotect(password?: string): void {
    this.context.record({ op: "workbook.unprotect", sheet: "", value: password ?? null });
    this.locked = false;
  }
}

export class FakeWorksheets {
  readonly items: FakeWorksheet[] = [];
  /** `worksheets.onChanged`: handlers are kept on the context; `remove()` takes one away. */
  readonly onChanged: {
    add(handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>): {
      context: FakeContext;
      remove(): void;
    };
  };
  constructor(private readonly context: FakeContext) {
    this.onChanged = {
      add: (handler) => {
        context.record({ op: "onChanged.add", sheet: "" });
        context.changeHandlers.push(handler);
        return {
          context,
          remove: () => {
            context.record({ op: "onChanged.remove", sheet: "" });
            const at = context.changeHandlers.indexOf(handler);
            if (at >= 0) context.changeHandlers.splice(at, 1);
          },
        };
      },
    };
  }
  add(name: string): FakeWorksheet {
    if (this.items.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
    if (this.context.workbook.protection.structureLocked)
      throw new Error(`AccessDenied: the workbook's structure is protected (adding "${name}")`);
    const ws = new FakeWorksheet(this.context, name, false);
    this.items.push(ws);
    this.context.record({ op: "addSheet", sheet: name });
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    const ws = this.items.find((s) => s.name === name);
    if (ws) return ws;
    // Excel fails the whole request at sync time.
    const missing = new FakeWorksheet(this.context, name, true);
    this.context.onSync(() => {
      throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    });
    return missing;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.record({ op: "getItemOrNullObject", sheet: name });
    return this.items.find((s) => s.name === name) ?? new FakeWorksheet(this.context, name, true);
  }
  get(name: string): FakeWorksheet | undefined {
    return this.items.find((s) => s.name === name);
  }
}

export class FakeWorksheet {
  readonly cells = new Map<string, FakeCell>();
  private shown: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly columnWidths = new Map<number, number>();
  /** Row heights set through `format.rowHeight`, by 1-based row. */
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly merges: string[] = [];
  readonly validations: {
    address: string;
    rule?: Excel.DataValidationRule;
    errorAlert?: Excel.DataValidationErrorAlert;
  }[] = [];
  readonly conditionalFormats: { address: string; type: string; formula?: string; fill?: string }[] = [];
  /** The charts on the sheet (`charts.items`), as Excel keeps them: added, named, deleted. */
  readonly charts: FakeCharts;
  frozen?: string;
  active = false;
  rowsAutofitted = false;
  readonly protection: {
    protected: boolean;
    options?: unknown;
    protect(o?: unknown): void;
    unprotect(): void;
  };
  readonly pageLayout: Record<string, unknown> & {
    headersFooters: { defaultForAllPages: Record<string, string> };
    printTitleRows?: string;
    setPrintTitleRows(r: string): void;
    printArea?: string;
    setPrintArea(r: string): void;
  };
  readonly freezePanes: { freezeAt(range: FakeRange): void };

  constructor(
    readonly context: FakeContext,
    readonly name: string,
    readonly isNullObject: boolean,
  ) {
    const record = (op: string, value?: unknown, address?: string) =>
      context.record({ op, sheet: name, value, ...(address ? { address } : {}) });
    this.protection = {
      protected: false,
      protect(o) {
        this.protected = true;
        this.options = o;
        record("protect", o);
      },
      unprotect() {
        this.protected = false;
        record("unprotect");
      },
    };
    const headers: Record<string, string> = {};
    this.pageLayout = recording(
      {
        headersFooters: { defaultForAllPages: recording(headers, (k, v) => record(`header.${k}`, v)) },
        setPrintTitleRows(r: string) {
          this.printTitleRows = r;
          record("setPrintTitleRows", r);
        },
        setPrintArea(r: string) {
          this.printArea = r;
          record("setPrintArea", r);
        },
      } as FakeWorksheet["pageLayout"],
      (k, v) => record(`pageLayout.${k}`, v),
    );
    this.freezePanes = {
      freezeAt: (range) => {
        this.frozen = range.address;
        record("freezeAt", range.address);
      },
    };
    this.charts = new FakeCharts(this);
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.shown;
  }
  /** Showing or hiding a sheet is a change of the workbook's structure: refused while it is protected. */
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    if (value !== this.shown && this.context.workbook.protection.structureLocked)
      throw new Error(
        `AccessDenied: the workbook's structure is protected (showing or hiding "${this.name}")`,
      );
    this.shown = value;
  }
  cell(row: number, column: number): FakeCell {
    const key = cellRef(row, column);
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, numberFormat: "General", locked: true, font: {}, borders: {} };
      this.cells.set(key, c);
    }
    return c;
  }
  /** The cell at an A1 address, if anything was written there. */
  at(ref: string): FakeCell | undefined {
    return this.cells.get(ref);
  }
  /** One rectangular area, as Excel's `getRange` takes it: a comma list is a `RangeAreas` (`getRanges`). */
  getRange(address?: string): FakeRange {
    if (address?.includes(","))
      throw new Error(`InvalidArgument: getRange takes one area, not "${address}" (use getRanges)`);
    return new FakeRange(this, address ?? "A1:XFD1048576");
  }
  getRanges(address: string): FakeRange {
    return new FakeRange(this, address);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this, `${cellRef(row + 1, column + 1)}:${cellRef(row + rows, column + columns)}`);
  }
  getUsedRangeOrNullObject(): FakeRange {
    let r1 = 0;
    let c1 = 0;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === undefined) continue;
      const p = parseCellRef(key);
      if (p) {
        r1 = Math.max(r1, p.row);
        c1 = Math.max(c1, p.column);
      }
    }
    const range = new FakeRange(this, r1 === 0 ? "A1" : `A1:${cellRef(r1, c1)}`);
    range.isNullObject = r1 === 0;
    return range;
  }
  activate(): void {
    this.active = true;
    this.context.record({ op: "activate", sheet: this.name });
  }
  load(): void {}
}

/** A chart as the fake keeps it: what `charts.add`, `series.setXAxisValues` and the properties set on it gave. */
export type FakeChart = {
  type: string;
  /** The data range given to `charts.add` (one area, as a real `Range` is). */
  source: string;
  seriesBy: string;
  name?: string;
  title?: string;
  position?: string;
  /** The range given to the first series' `setXAxisValues`. */
  categories?: string;
  /** The range given to each series' `setXAxisValues`, by series. */
  seriesCategories: (string | undefined)[];
  reversePlotOrder?: boolean;
  /** The value axis' number format and major unit, when set. */
  valueAxisFormat?: string;
  valueAxisMajorUnit?: number;
  legendVisible?: boolean;
};

/** `worksheet.charts`: add, getItemOrNullObject by name (a null object on a missing sheet or name), delete. */
export class FakeCharts {
  readonly items: FakeChart[] = [];
  constructor(private readonly sheet: FakeWorksheet) {}
  add(type: string, source: FakeRange, seriesBy: string): unknown {
    const { context, name } = this.sheet;
    if (this.sheet.isNullObject) throw new Error(`InvalidOperation: sheet ${name} does not exist`);
    if (source.address.includes(",")) throw new Error(`InvalidArgument: a chart's data range is one area`);
    // One series per column (or row) of the source; a first row (column) of names is not a series.
    const area = parseArea(source.address);
    const across = seriesBy === "Rows" ? area.r1 - area.r0 + 1 : area.c1 - area.c0 + 1;
    const chart: FakeChart = {
      type,
      source: source.address,
      seriesBy,
      seriesCategories: new Array<string | undefined>(across).fill(undefined),
    };
    this.items.push(chart);
    context.record({ op: "addChart", sheet: name, address: source.address, value: { type, seriesBy } });
    return this.proxy(chart);
  }
  /**
   * Excel returns a null object for a missing name; its `isNullObject` is known after the sync, and a call on it
   * fails. What Excel does with a lookup through a null worksheet is not documented: the fake refuses it.
   */
  getItemOrNullObject(chartName: string): { readonly isNullObject: boolean; delete(): void } {
    const { context, name } = this.sheet;
    if (this.sheet.isNullObject) throw new Error(`InvalidOperation: sheet ${name} does not exist`);
    context.record({ op: "getChartOrNullObject", sheet: name, value: chartName });
    const chart = this.sheet.isNullObject ? undefined : this.items.find((c) => c.name === chartName);
    let synced = false;
    context.onSync(() => (synced = true));
    return {
      get isNullObject() {
        if (!synced) throw new Error(`PropertyNotLoaded: sync() before reading isNullObject of ${chartName}`);
        return chart === undefined;
      },
      delete: () => {
        if (!chart) throw new Error(`InvalidOperation: chart ${chartName} is a null object`);
        this.remove(chart);
      },
    };
  }
  private remove(chart: FakeChart): void {
    const at = this.items.indexOf(chart);
    if (at < 0) throw new Error(`ItemNotFound: chart ${chart.name ?? ""} was already deleted`);
    this.items.splice(at, 1);
    this.sheet.context.record({ op: "deleteChart", sheet: this.sheet.name, value: chart.name });
  }
  private proxy(chart: FakeChart): unknown {
    const record = (op: string, value: unknown) =>
      this.sheet.context.record({ op, sheet: this.sheet.name, value });
    return recording(
      {
        title: recording({ text: "" }, (_, v) => (chart.title = String(v))),
        setPosition: (start: string) => (chart.position = start),
        series: {
          getItemAt: (index: number) => {
            const count = chart.seriesCategories.length;
            if (index < 0 || index >= count)
              throw new Error(`ItemNotFound: the chart has ${count} series, not ${index + 1}`);
            return {
              setXAxisValues: (range: FakeRange) => {
                if (range.address.includes(",")) throw new Error("InvalidArgument: one area");
                chart.seriesCategories[index] = range.address;
                if (index === 0) chart.categories = range.address;
                record("setXAxisValues", range.address);
              },
            };
          },
        },
        axes: {
          categoryAxis: recording({} as Record<string, unknown>, (k, v) => {
            if (k === "reversePlotOrder") chart.reversePlotOrder = Boolean(v);
          }),
          valueAxis: recording({} as Record<string, unknown>, (k, v) => {
            if (k === "numberFormat") chart.valueAxisFormat = String(v);
            if (k === "majorUnit") chart.valueAxisMajorUnit = Number(v);
          }),
        },
        legend: recording({} as Record<string, unknown>, (k, v) => {
          if (k === "visible") chart.legendVisible = Boolean(v);
        }),
        delete: () => this.remove(chart),
      } as Record<string, unknown>,
      (k, v) => {
        if (k === "name") chart.name = String(v);
        record(`chart.${k}`, v);
      },
    );
  }
}

/** Wraps an object so that setting a property records it. */
function recording<T extends object>(target: T, onSet: (key: string, value: unknown) => void): T {
  return new Proxy(target, {
    set(obj, key, value) {
      (obj as Record<string | symbol, unknown>)[key] = value;
      if (typeof key === "string") onSet(key, value);
      return true;
    },
  });
}

export class FakeRange {
  isNullObject = false;
  private loaded = false;
  private readonly areas: Area[];
  readonly format: Record<string, unknown>;
  readonly dataValidation: {
    rule?: Excel.DataValidationRule;
    errorAlert?: Excel.DataValidationErrorAlert;
    clear(): void;
  };
  readonly conditionalFormats: { add(type: string): unknown; clearAll(): void };

  constructor(
    readonly sheet: FakeWorksheet,
    readonly address: string,
  ) {
    this.areas = address.split(",").map(parseArea);
    const each = (fn: (c: FakeCell) => void) => this.eachCell(fn);
    const record = (op: string, value: unknown) =>
      sheet.context.record({ op, sheet: sheet.name, address, value });
    const font = recording({} as Record<string, unknown>, (k, v) => {
      record(`font.${k}`, v);
      each((c) => (c.font[k] = v));
    });
    const fill = recording({} as Record<string, unknown>, (k, v) => {
      record(`fill.${k}`, v);
      if (k === "color") each((c) => (c.fill = String(v)));
    });
    const protection = recording({} as Record<string, unknown>, (k, v) => {
      record(`protection.${k}`, v);
      if (k === "locked") this.eachCell((c) => (c.locked = Boolean(v)), true);
    });
    const borders = {
      getItem: (edge: string) =>
        recording({} as Record<string, unknown>, (k, v) => {
          record(`border.${edge}.${k}`, v);
          each((c) => ((c.borders[edge] ??= {})[k] = v));
        }),
    };
    const autofitRows = () => {
      record("format.autofitRows", null);
      sheet.rowsAutofitted = true;
    };
    this.format = recording(
      { font, fill, protection, borders, autofitRows } as Record<string, unknown>,
      (k, v) => {
        record(`format.${k}`, v);
        if (k === "columnWidth") this.columns().forEach((col) => sheet.columnWidths.set(col, Number(v)));
        else if (k === "rowHeight") this.rows().forEach((row) => sheet.rowHeights.set(row, Number(v)));
        else each((c) => ((c as unknown as Record<string, unknown>)[k] = v));
      },
    );
    const validations = sheet.validations;
    const entry = { address } as (typeof validations)[number];
    this.dataValidation = {
      set rule(rule: Excel.DataValidationRule | undefined) {
        record("dataValidation.rule", rule);
        entry.rule = rule;
        if (!validations.includes(entry)) validations.push(entry);
      },
      get rule() {
        return entry.rule;
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert | undefined) {
        record("dataValidation.errorAlert", alert);
        entry.errorAlert = alert;
      },
      get errorAlert() {
        return entry.errorAlert;
      },
      clear() {
        record("dataValidation.clear", null);
        validations.length = 0;
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        const cf: FakeWorksheet["conditionalFormats"][number] = { address, type };
        sheet.conditionalFormats.push(cf);
        record("conditionalFormats.add", type);
        return {
          dataBar: {
            barDirection: "",
            positiveFormat: recording({} as Record<string, unknown>, (_, v) => (cf.fill = String(v))),
          },
          custom: {
            rule: recording({} as Record<string, unknown>, (k, v) => {
              record("cf.formula", v);
              if (k === "formula") cf.formula = String(v);
            }),
            format: { fill: recording({} as Record<string, unknown>, (_, v) => (cf.fill = String(v))) },
          },
        };
      },
      clearAll: () => {
        record("conditionalFormats.clearAll", null);
        sheet.conditionalFormats.length = 0;
      },
    };
  }

  get rowIndex(): number {
    this.mustBeLoaded();
    return (this.areas[0]?.r0 ?? 1) - 1;
  }
  get columnIndex(): number {
    this.mustBeLoaded();
    return (this.areas[0]?.c0 ?? 1) - 1;
  }
  /** As Excel's `Range.numberFormat`: each cell's format code ("General", "0%", "@", …). */
  get numberFormat(): unknown[][] {
    this.mustBeLoaded();
    return this.matrix((c) => c?.numberFormat ?? "General");
  }
  set numberFormat(formats: unknown[][]) {
    this.sheet.context.record({
      op: "numberFormat",
      sheet: this.sheet.name,
      address: this.address,
      value: formats,
    });
    this.grid((c, r, k) => (c.numberFormat = String(formats[r]?.[k] ?? "General")));
  }
  set formulas(inputs: unknown[][]) {
    this.sheet.context.record({
      op: "formulas",
      sheet: this.sheet.name,
      address: this.address,
      value: inputs,
    });
    this.grid((c, r, k) => enter(c, inputs[r]?.[k] ?? ""), true);
  }
  set values(inputs: unknown[][]) {
    this.sheet.context.record({ op: "values", sheet: this.sheet.name, address: this.address, value: inputs });
    this.grid((c, r, k) => enter(c, inputs[r]?.[k] ?? ""), true);
  }
  /**
   * The fake does not calculate: a formula cell's value reads "" (Excel gives its result). Either way it differs
   * from the formula's text, while a constant reads the same in `values` and `formulas`, "=1+1" text included.
   */
  get values(): unknown[][] {
    this.mustBeLoaded();
    return this.matrix((c) => (c?.formula !== undefined ? "" : (c?.value ?? "")));
  }
  /** As Excel's `Range.formulas`: a formula's text, or a constant's value (text without its apostrophe). */
  get formulas(): unknown[][] {
    this.mustBeLoaded();
    return this.matrix((c) => c?.formula ?? c?.value ?? "");
  }
  set columnHidden(hidden: boolean) {
    this.sheet.context.record({
      op: "columnHidden",
      sheet: this.sheet.name,
      address: this.address,
      value: hidden,
    });
    this.columns().forEach((col) =>
      hidden ? this.sheet.hiddenColumns.add(col) : this.sheet.hiddenColumns.delete(col),
    );
  }
  /** Selects the range (its sheet must be active in Excel; the fake only records where the selection went). */
  select(): void {
    this.sheet.context.record({ op: "select", sheet: this.sheet.name, address: this.address });
    this.sheet.context.selection = { sheet: this.sheet.name, address: this.address };
  }
  merge(across: boolean): void {
    this.sheet.context.record({ op: "merge", sheet: this.sheet.name, address: this.address, value: across });
    this.sheet.merges.push(this.address);
  }
  clear(what: string): void {
    this.sheet.context.record({ op: "clear", sheet: this.sheet.name, address: this.address, value: what });
    this.sheet.cells.clear();
    this.sheet.merges.length = 0;
  }
  load(props: string): void {
    this.sheet.context.record({ op: "load", sheet: this.sheet.name, address: this.address, value: props });
    this.sheet.context.onSync(() => {
      this.loaded = true;
      // What Excel sends back: the loaded grids.
      const wanted = props.split(",").map((p) => p.trim());
      const body = {
        values: wanted.includes("values") ? this.values : undefined,
        formulas: wanted.includes("formulas") ? this.formulas : undefined,
        numberFormat: wanted.includes("numberFormat") ? this.numberFormat : undefined,
      };
      const sizes = this.sheet.context.responseBytes;
      sizes[sizes.length - 1] = (sizes[sizes.length - 1] ?? 0) + JSON.stringify(body).length;
    });
  }

  private mustBeLoaded(): void {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: load() and sync() before reading ${this.address}`);
  }
  private rows(): number[] {
    const out: number[] = [];
    for (const a of this.areas) for (let r = a.r0; r <= Math.min(a.r1, 5000); r++) out.push(r);
    return out;
  }
  private columns(): number[] {
    const out: number[] = [];
    for (const a of this.areas) for (let c = a.c0; c <= a.c1; c++) out.push(c);
    return out;
  }
  private eachCell(fn: (c: FakeCell) => void, write = false): void {
    for (const a of this.areas) {
      for (let r = a.r0; r <= Math.min(a.r1, 5000); r++) {
        for (let c = a.c0; c <= Math.min(a.c1, 200); c++) {
          const cell = this.sheet.cell(r, c);
          if (write && this.sheet.protection.protected && cell.locked) {
            throw new Error(`The cell ${cellRef(r, c)} is protected (sheet ${this.sheet.name})`);
          }
          fn(cell);
        }
      }
    }
  }
  private grid(fn: (c: FakeCell, r: number, k: number) => void, write = false): void {
    const a = this.areas[0];
    if (!a) return;
    for (let r = a.r0; r <= a.r1; r++) {
      for (let c = a.c0; c <= a.c1; c++) {
        const cell = this.sheet.cell(r, c);
        if (write && this.sheet.protection.protected && cell.locked)
          throw new Error(`The cell ${cellRef(r, c)} is protected`);
        fn(cell, r - a.r0, c - a.c0);
      }
    }
  }
  private matrix(fn: (c: FakeCell | undefined) => unknown): unknown[][] {
    const a = this.areas[0];
    if (!a) return [];
    const out: unknown[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: unknown[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(fn(this.sheet.at(cellRef(r, c))));
      out.push(row);
    }
    return out;
  }
}

/** Excel's parsing of typed input. */
function enter(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  if (typeof input !== "string") {
    cell.value = input === null || input === undefined ? null : (input as number | boolean);
    return;
  }
  if (input === "") cell.value = null;
  else if (cell.numberFormat === "@") cell.value = input;
  else if (input.startsWith("'")) cell.value = input.slice(1);
  else if (input.startsWith("=")) {
    cell.formula = input;
    cell.value = null;
  } else if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) cell.value = Number(input);
  else if (/^(true|false)$/i.test(input.trim())) cell.value = input.trim().toLowerCase() === "true";
  else if (/^[+-]/.test(input) || input.startsWith("@")) {
    // Excel would try to parse "+…", "-…" and "@…" as formulas too.
    cell.formula = `=${input.slice(input.startsWith("@") ? 1 : 0)}`;
    cell.value = null;
  } else cell.value = input;
}

function parseArea(ref: string): Area {
  const [a = "", b] = ref.trim().split(":");
  const colOnly = /^\$?([A-Z]+)$/.exec(a);
  if (colOnly) {
    const c = parseCellRef(`${colOnly[1]}1`)?.column ?? 1;
    const c2 = parseCellRef(`${/^\$?([A-Z]+)$/.exec(b ?? a)?.[1] ?? "A"}1`)?.column ?? c;
    return { r0: 1, c0: c, r1: 1048576, c1: c2 };
  }
  const from = parseCellRef(a) ?? { row: 1, column: 1 };
  const to = b === undefined ? from : (parseCellRef(b) ?? from);
  return { r0: from.row, c0: from.column, r1: to.row, c1: to.column };
}
