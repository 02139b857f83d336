import type { Lang, Localized } from "../../core/i18n";
import { formatNumber, msg } from "../../core/i18n";
import type { UnitReturn } from "../../core/returns";
import type { SubmissionRecord } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import type { ScoringWorkbook } from "../excel/scoringWorkbook";
import type { Timers } from "../excel/withWatchdog";
import { formatDateTime } from "./formatDateTime";
import type * as PaneCoreModule from "./paneCore";
import type { LoadedTable, PaneState, TableChoice } from "./paneState";
import { initialState } from "./paneState";
import { userActions } from "./userActions";

/** What the pane runs of core (tables, scoring, the sheet's layout): ui/paneCore.ts, loaded when first needed. */
export type PaneCore = typeof PaneCoreModule;

/** Where sample tables come from (the build's templates/ folder in the pane; a map in tests). */
export type TableSource = { list(): Promise<TableChoice[]>; load(choice: TableChoice): Promise<unknown> };
/** Where a saved return goes (a download in the pane). */
export type ReturnFiles = { save(fileName: string, text: string): Promise<void> };

export type PaneDeps = {
  /** Core's rules, loaded on first use (the pane's lazy chunk), so the table list shows before they arrive. */
  core: () => Promise<PaneCore>;
  /** Undefined outside Excel: the pane still shows the tables but cannot touch a workbook. */
  workbook: ScoringWorkbook | undefined;
  tables: TableSource;
  files: ReturnFiles;
  timers: Timers;
  now: () => Date;
  render: (state: Readonly<PaneState>) => void;
  /** Quiet time after the last edit before the sheet is checked (ms). */
  checkDelayMs?: number;
};

export type Pane = ReturnType<typeof createPane>;

/**
 * The unit's self-scoring flow without the server: choose a table and a unit, insert the scoring sheet, check it
 * as the user types (debounced, one read sync), show problems, points and explanations, save the return. Every
 * rule is core's; every failure becomes a sentence with a retry where retrying can help.
 */
export function createPane(deps: PaneDeps) {
  const state: PaneState = initialState(deps.workbook !== undefined);
  const delay = deps.checkDelayMs ?? 400;
  let timer: unknown;
  let checking = false;
  let editedWhileChecking = false;
  const render = () => deps.render(state);
  const { attempt, retry } = userActions(state, render);

  /** Shows `table` (or none): what was read from the sheet under the previous table no longer applies. */
  function useTable(table: LoadedTable | undefined): void {
    state.table = table;
    const members = table?.compiled.template.members ?? [];
    state.unitId = members.some((m) => m.id === state.unitId) ? state.unitId : undefined;
    state.inserted = false;
    state.problems = [];
    state.score = undefined;
    state.checkedReturn = undefined;
    state.explainCode = undefined;
  }

  function loadTable(core: PaneCore, source: Localized, input: unknown): boolean {
    const parsed = core.parseTemplate(input);
    if (!parsed.ok) {
      useTable(undefined);
      state.tableProblems = parsed.problems.map((p) =>
        msg(`${p.path}: ${p.message.vi}`, `${p.path}: ${p.message.en}`),
      );
      return false;
    }
    useTable({ source, compiled: parsed.compiled });
    state.tableProblems = [];
    return true;
  }

  /** Reads the sheet (1 sync) and scores it with core; `quiet` leaves a workbook without our sheet unreported. */
  async function check(compiled: CompiledTemplate, quiet = false): Promise<UnitReturn | undefined> {
    if (!deps.workbook) return undefined;
    const core = await deps.core();
    const read = await deps.workbook.readReturn(compiled);
    if (!read.ok) {
      const notOurs = read.problems.some((p) => p.type === "not-ours");
      state.inserted = !notOurs;
      state.problems =
        quiet && notOurs
          ? []
          : read.problems.map((p) => ({ type: p.type, cell: p.cell, code: p.code, message: p.message }));
      state.score = undefined;
      state.checkedReturn = undefined;
      return undefined;
    }
    state.inserted = true;
    if (state.unitId === undefined) state.unitId = read.return.unitId;
    const result = core.scoreReturn(compiled, read.return);
    const layout = core.scoringSheetLayout(compiled);
    state.problems = result.problems.map((p) => ({
      type: p.type,
      cell: core.problemCell(compiled, layout, p),
      code: p.code,
      message: p.message,
    }));
    state.score = result;
    state.checkedReturn = read.return;
    return read.return;
  }

  /** One check after the user stops typing; an edit during a check asks for one more. */
  function onEdit(): void {
    const table = state.table;
    if (checking) {
      editedWhileChecking = true;
      return;
    }
    // Edits while inserting or saving are the pane's own writes; the action checks the sheet itself.
    if (!table || !state.inserted || state.busy) return;
    if (timer !== undefined) deps.timers.clear(timer);
    timer = deps.timers.set(() => {
      timer = undefined;
      checking = true;
      void attempt(msg("Đang kiểm tra…", "Checking…"), () =>
        check(table.compiled).then(() => undefined),
      ).finally(() => {
        checking = false;
        if (editedWhileChecking) {
          editedWhileChecking = false;
          onEdit();
        }
      });
    }, delay);
  }

  return {
    state: (): Readonly<PaneState> => state,

    /** Lists the sample tables and starts watching the workbook's edits. */
    start: () =>
      attempt(msg("Đang khởi động…", "Starting…"), async () => {
        state.tables = await deps.tables.list();
        if (deps.workbook) await deps.workbook.watchEdits(onEdit);
      }),

    chooseTable: (id: string) =>
      attempt(msg("Đang tải bảng điểm…", "Loading the table…"), async () => {
        state.tableId = id;
        const choice = state.tables.find((t) => t.id === id);
        if (!choice) return;
        // The table's file and core's rules arrive together (core only the first time).
        const [core, input] = await Promise.all([deps.core(), deps.tables.load(choice)]);
        if (loadTable(core, msg(choice.title, choice.title), input)) {
          await check(state.table!.compiled, true);
        }
      }),

    openTableFile: (fileName: string, text: string) =>
      attempt(msg("Đang đọc tệp bảng điểm…", "Reading the table file…"), async () => {
        state.tableId = undefined;
        const core = await deps.core();
        // The strict reader the CLI and the back end use: duplicate keys, depth and size are refused by place.
        const json = core.parseJsonText(text);
        if (!json.ok) {
          useTable(undefined);
          state.tableProblems = [json.problem.message];
          return;
        }
        if (loadTable(core, msg(`Tệp ${fileName}`, `File ${fileName}`), json.value)) {
          await check(state.table!.compiled, true);
        }
      }),

    chooseUnit(unitId: string): void {
      state.unitId = unitId || undefined;
      render();
    },

    insertSheet: () =>
      attempt(msg("Đang chèn trang chấm điểm…", "Inserting the scoring sheet…"), async () => {
        const { table, unitId } = state;
        if (!deps.workbook || !table || !unitId) return;
        await deps.workbook.insertSheet(table.compiled, unitId);
        state.inserted = true;
        await check(table.compiled);
      }),

    checkNow: () =>
      attempt(msg("Đang kiểm tra…", "Checking…"), async () => {
        if (state.table) await check(state.table.compiled);
      }),

    selectProblem: (index: number) =>
      attempt(msg("Đang chọn ô…", "Selecting the cell…"), async () => {
        const cell = state.problems[index]?.cell;
        if (deps.workbook && cell) await deps.workbook.selectCell(cell);
      }),

    explain(code: string | undefined): void {
      state.explainCode = state.explainCode === code ? undefined : code;
      render();
    },

    /** Reads the sheet again and saves exactly what it holds as the unit's return file (.json). */
    saveReturn: () =>
      attempt(msg("Đang lưu kết quả…", "Saving the return…"), async () => {
        const table = state.table;
        if (!table) return;
        const ret = await check(table.compiled);
        if (!ret) return;
        const fileName = `${table.compiled.template.id}-${ret.unitId}.json`;
        await deps.files.save(fileName, `${JSON.stringify(ret, null, 2)}\n`);
        const at = formatDateTime(deps.now());
        const left = state.problems.length;
        state.notice = msg(
          `Đã lưu ${fileName} lúc ${at}${left ? `; còn ${formatNumber(left, "vi")} lỗi cần sửa trước khi gửi` : ""}.`,
          `Saved ${fileName} at ${at}${left ? `; ${formatNumber(left, "en")} problems to fix before sending` : ""}.`,
        );
      }),

    // ---- for the connected flows (ui/connected/paneLink.ts) ----

    /** Uses the table a signed-in period names (the server's copy) for `unitId`, and reads the sheet quietly. */
    useServerTable: (source: Localized, input: unknown, unitId: string | undefined) =>
      attempt(msg("Đang tải bảng điểm của kỳ…", "Loading the period's table…"), async () => {
        state.tableId = undefined;
        const core = await deps.core();
        if (!loadTable(core, source, input)) return;
        state.unitId = unitId;
        await check(state.table!.compiled, true);
      }).then(() => state.table !== undefined),

    /** Reads and checks the sheet now (the pane shows what it found) and hands back the return it holds. */
    async readSheet(): Promise<UnitReturn | undefined> {
      let ret: UnitReturn | undefined;
      await attempt(msg("Đang đọc trang tính…", "Reading the sheet…"), async () => {
        if (state.table) ret = await check(state.table.compiled);
      });
      return ret;
    },

    /** Keeps the receipt of a submit in the workbook (nothing outside Excel). */
    async recordSubmission(record: SubmissionRecord): Promise<void> {
      await deps.workbook?.recordSubmission(record);
    },

    /** The receipt the workbook recorded at its last submit, if any. */
    readSubmission: async (): Promise<SubmissionRecord | undefined> => deps.workbook?.readSubmission(),

    setLang(lang: Lang): void {
      state.lang = lang;
      render();
    },

    /** Runs the last action again (after a watchdog timeout or a refused request). */
    retry,
  };
}
