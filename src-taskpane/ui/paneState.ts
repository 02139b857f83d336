import type { Lang, Localized } from "../../core/i18n";
import type { UnitReturn } from "../../core/returns";
import type { ScoreResult } from "../../core/scoring";
import type { CompiledTemplate } from "../../core/template";
import type { Failure } from "./describeFailure";

/** A bundled sample table (bảng điểm mẫu) the pane offers, from the build's templates/index.json. */
export type TableChoice = { id: string; title: string; file: string };

/** The table the unit scores against: a sample or a file the user opened. */
export type LoadedTable = { source: Localized; compiled: CompiledTemplate };

/** A problem of the filled sheet, with the cell a click selects (when there is one). */
export type PaneProblem = {
  /** Core's problem type ("missing-entry" for a criterion not filled in yet, "out-of-range", …). */
  type: string;
  cell: string | undefined;
  code: string | undefined;
  message: Localized;
};

/** Everything the pane shows; the view renders it and never decides anything itself. */
export type PaneState = {
  lang: Lang;
  /** Opened inside Excel (the workbook actions are available). */
  excel: boolean;
  tables: TableChoice[];
  tableId: string | undefined;
  table: LoadedTable | undefined;
  /** Why the chosen table could not be used (each with its path in the file). */
  tableProblems: Localized[];
  unitId: string | undefined;
  /** The workbook holds this table's scoring sheet. */
  inserted: boolean;
  /** What the pane is doing right now (buttons are disabled meanwhile). */
  busy: Localized | undefined;
  problems: PaneProblem[];
  /** The sheet's points as core computes them, after the last check that could read it. */
  score: ScoreResult | undefined;
  /** The return the last check read from the sheet (the connected part compares it with what was sent). */
  checkedReturn: UnitReturn | undefined;
  /** The criterion whose explanation is open ("vì sao được 26 điểm"). */
  explainCode: string | undefined;
  failure: Failure | undefined;
  notice: Localized | undefined;
};

export function initialState(excel: boolean): PaneState {
  return {
    lang: "vi",
    excel,
    tables: [],
    tableId: undefined,
    table: undefined,
    tableProblems: [],
    unitId: undefined,
    inserted: false,
    busy: undefined,
    problems: [],
    score: undefined,
    checkedReturn: undefined,
    explainCode: undefined,
    failure: undefined,
    notice: undefined,
  };
}
