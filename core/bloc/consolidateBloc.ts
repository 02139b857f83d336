import { msg } from "../i18n/localized";
import type { ReviewAdjustment } from "../ranking/reviewsFileSchema";
import type { RankingInputs } from "../ranking/rankingInputs";
import type { RankingProblem } from "../ranking/rankingProblem";
import type { UnitReturn } from "../returns/returnSchema";
import { cellRef } from "../sheets/cellAddress";
import { COL, scoringSheetLayout } from "../sheets/scoringSheetLayout";
import { entrySeverity } from "../scoring/entrySeverity";
import type { SheetProblem } from "../sheets/sheetProblem";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { BlocProblem } from "./blocProblem";
import type { RankedBloc } from "./rankBloc";
import { rankBloc } from "./rankBloc";
import { quantityOutliers } from "./quantityOutliers";
import { workbookProblemWording } from "./workbookProblemWording";

/**
 * One member's return as the leader received it: read (from a filled workbook, a JSON file, a stored submission)
 * or not, with the problems of reading it. A workbook's problems are then placed at the cell they are about.
 */
export type ReceivedReturn = {
  file: string;
  from: "workbook" | "json";
  /** A refused sheet may carry what it could read (`readable`): compared with, never ranked. */
  read: { ok: true; return: UnitReturn } | { ok: false; problems: SheetProblem[]; readable?: UnitReturn };
};

/** The review adjustments the leader typed into the consolidation sheet, or why that sheet could not be read. */
export type ReviewedSheet = {
  file: string;
  /** When ok, `problems` are the rows that could not be used; the others' adjustments count. */
  read:
    | { ok: true; adjustments: ReviewAdjustment[]; problems?: SheetProblem[] }
    | { ok: false; problems: SheetProblem[] };
};

export type Consolidation = RankedBloc & {
  /** Every problem, typed and placed: reading the returns, the reviewed sheet, then the ranking's own. */
  problems: BlocProblem[];
};

/**
 * Consolidates a bloc's year (tổng hợp): the returns received from any source, the year-end files and the leader's
 * reviewed sheet → the ranking and one list of typed problems per file, unit and cell. A unit that sent more than
 * one return follows the one rule of `chooseReturns` (identical copies used once, otherwise the later counts, or
 * none when nothing says which is later). Adjustments typed in the reviewed sheet come after the reviews file's.
 */
export function consolidateBloc(
  compiled: CompiledTemplate,
  received: readonly ReceivedReturn[],
  inputs: RankingInputs = {},
  reviewed?: ReviewedSheet,
): Consolidation {
  const problems: BlocProblem[] = [];
  const returns: { source: string; return: UnitReturn }[] = [];
  const refusedButReadable: UnitReturn[] = [];
  for (const r of received) {
    if (r.read.ok) returns.push({ source: r.file, return: r.read.return });
    else {
      problems.push(...r.read.problems.map((p) => sheetProblem(r.file, p)));
      if (r.read.readable) refusedButReadable.push(r.read.readable);
    }
  }
  // An entry orders of magnitude above the bloc's others is refused before it can become anyone's best. What the
  // bloc typed counts as "the others" even in a sheet refused for another cell: four refused sheets must not leave
  // 15.000.000 compared with one unit's 14 and taken as the best.
  const fromOf = new Map(received.map((r) => [r.file, r.from]));
  const rowOf = scoringSheetLayout(compiled).rowOf;
  const outliers = quantityOutliers(
    compiled,
    returns.map((r) => r.return),
    refusedButReadable,
  );
  for (const o of outliers) {
    const at = returns.findIndex((r) => r.return.unitId === o.unitId);
    const source = returns[at]?.source ?? "";
    const row = rowOf[compiled.byCode.get(o.code)?.index ?? -1];
    const cell = fromOf.get(source) === "workbook" && row !== undefined ? cellRef(row, COL.input) : undefined;
    const where = cell === undefined ? { vi: "", en: "" } : { vi: `Ô ${cell} `, en: `Cell ${cell} ` };
    problems.push({
      code: "quantity-outlier",
      file: source,
      unitId: o.unitId,
      ...(cell === undefined ? {} : { cell }),
      criterion: o.code,
      message: msg(
        `${where.vi}(tiêu chí ${o.code}): ${o.message.vi}`,
        `${where.en}(criterion ${o.code}): ${o.message.en}`,
      ),
      outcome: { kind: "refused" },
    });
  }
  const refused = new Set(outliers.map((o) => o.unitId));
  const usable = returns.filter((r) => !refused.has(r.return.unitId));
  let withReviewed = inputs;
  if (reviewed !== undefined) {
    if (reviewed.read.ok) {
      const reviews = inputs.reviews ?? { formatVersion: 1, adjustments: [], explanations: [] };
      withReviewed = {
        ...inputs,
        reviews: { ...reviews, adjustments: [...reviews.adjustments, ...reviewed.read.adjustments] },
      };
      problems.push(...(reviewed.read.problems ?? []).map((p) => sheetProblem(reviewed.file, p)));
    } else problems.push(...reviewed.read.problems.map((p) => sheetProblem(reviewed.file, p)));
  }
  const ranked = rankBloc(compiled, usable, withReviewed);
  const placed = (p: RankingProblem) =>
    placeProblem(
      compiled,
      p,
      p.file !== undefined && fromOf.get(p.file) === "workbook" ? rowOf : undefined,
      usable,
    );
  problems.push(...ranked.result.problems.map(placed));
  return { ...ranked, problems };
}

function sheetProblem(file: string, p: SheetProblem): BlocProblem {
  const refused = p.code !== undefined && entrySeverity(p.type) === "refused";
  return {
    code: p.type,
    file,
    ...(p.cell === undefined ? {} : { cell: p.cell }),
    ...(p.code === undefined ? {} : { criterion: p.code }),
    message: p.message,
    ...(refused ? { outcome: { kind: "refused" as const } } : {}),
  };
}

/**
 * A ranking problem as a bloc problem. One about a criterion of a return read from a workbook is worded in the
 * workbook's columns and placed at the cell of the criterion's row it is about.
 */
function placeProblem(
  compiled: CompiledTemplate,
  p: RankingProblem,
  /** The scoring sheet's row of each node, when the return was read from a workbook. */
  rowOf: readonly number[] | undefined,
  returns: readonly { source: string; return: UnitReturn }[],
): BlocProblem {
  if (p.source !== "returns")
    return {
      code: "year-end-input",
      input: p.source,
      ...(p.path === "" ? {} : { path: p.path }),
      message: p.message,
    };
  const base: BlocProblem = {
    code: p.type ?? "missing-returns",
    ...(p.file === undefined ? {} : { file: p.file }),
    ...(p.unitId === undefined ? {} : { unitId: p.unitId }),
    ...(p.code === undefined ? {} : { criterion: p.code }),
    message: p.message,
    ...(p.outcome === undefined ? {} : { outcome: p.outcome }),
  };
  const node = p.code === undefined ? undefined : compiled.byCode.get(p.code);
  if (rowOf === undefined || node === undefined) return base;
  const ret = returns.find((r) => r.source === p.file)?.return;
  const worded = workbookProblemWording(node, p, ret?.entries[node.code]);
  const row = rowOf[node.index] ?? 0;
  return {
    ...base,
    cell: cellRef(row, worded?.column ?? COL.input),
    ...(worded === undefined ? {} : { message: worded.message }),
  };
}
