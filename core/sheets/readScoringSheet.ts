import type { z } from "zod";
import { fromFixed, hasAtMostFourDecimals, MAX_SAFE_FIXED } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { SheetCells } from "../criteria/criterionKind";
import { isBlank } from "../criteria/isBlank";
import { criterionKind } from "../criteria/registry";
import { isPercentFormat, typedPercentage } from "../criteria/typedPercent";
import type { Entry, UnitReturn } from "../returns/returnSchema";
import { entrySeverity, withOutcome } from "../scoring/entrySeverity";
import { RETURN_FORMAT_VERSION, UnitReturnSchema } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { cellRef } from "./cellAddress";
import { editedLockedCells } from "./editedLockedCells";
import { entryIssueWords } from "./entryIssueWords";
import { layoutChangeProblem } from "./layoutChangeProblem";
import { parseEvidence } from "./evidenceText";
import { normalizeFormula } from "./normalizeFormula";
import type { ScoringSheetLayout } from "./scoringSheetLayout";
import { COL, scoringSheetLayout } from "./scoringSheetLayout";
import { scoringSheetPlan } from "./scoringSheetPlan";
import type { SheetMetadata } from "./sheetMetadata";
import type { SheetProblem } from "./sheetProblem";

export type ReadScoringSheetResult =
  | { ok: true; return: UnitReturn }
  | {
      ok: false;
      problems: SheetProblem[];
      /**
       * The entries the sheet's layout let the reader take (its bad cells left out), when it got that far: never
       * ranked; the bloc's comparisons (the typical quantity an outlier is judged against) may use them.
       */
      readable?: UnitReturn;
    };

export type ReadScoringSheetOptions = {
  /** The sheet's formulas (same shape as the grid, without "="): formula cells edited by hand are reported. */
  formulas?: readonly (readonly unknown[])[];
  /**
   * The cells' number formats (same shape as the grid): a percent-formatted entry ("95%", stored as 0,95) is read
   * as the percentage typed where the kind takes percentages, and refused elsewhere (`typedPercent.ts`).
   */
  formats?: readonly (readonly (string | null | undefined)[])[];
};

/** The largest entry the exact decimal arithmetic takes (beyond it, `hasAtMostFourDecimals` fails too). */
const MAX_ENTRY = Math.floor(fromFixed(MAX_SAFE_FIXED));

const vi = (v: number) => formatNumber(v, "vi");
const en = (v: number) => formatNumber(v, "en");

/**
 * Reads a filled scoring sheet (grid of cell values, row 1 first) back into a return. Every problem is
 * reported at once, naming the cell and the criterion: "Ô F14 (tiêu chí II.3): 7 vượt điểm tối đa 5".
 */
export function readScoringSheet(
  compiled: CompiledTemplate,
  grid: readonly (readonly unknown[])[],
  metadata: SheetMetadata,
  options: ReadScoringSheetOptions = {},
): ReadScoringSheetResult {
  const t = compiled.template;
  const unitId = metadata.unitId ?? "";
  const problems = sheetHeadProblems(compiled, metadata);
  if (problems.length > 0) return { ok: false, problems };

  const layout = scoringSheetLayout(compiled);
  const cell = (row: number, col: number): unknown => grid[row - 1]?.[col - 1] ?? null;
  problems.push(...layoutChangeProblem(compiled, grid, unitId));
  if (problems.length > 0) return { ok: false, problems };
  if (options.formulas) problems.push(...editedFormulas(compiled, unitId, options.formulas));
  if (options.formulas) problems.push(...editedLockedCells(compiled, grid, options.formulas, metadata));

  const entries: Record<string, Entry> = {};
  for (const node of compiled.scorable) {
    if (node.rule !== undefined && criterionKind(node.rule).fields.length === 0) continue;
    const row = layout.rowOf[node.index] ?? 0;
    const format = (col: number) => options.formats?.[row - 1]?.[col - 1] ?? undefined;
    const entry = readEntry(node, row, cell, format, problems);
    if (entry) entries[node.code] = entry;
  }
  const ret: UnitReturn = {
    formatVersion: RETURN_FORMAT_VERSION,
    template: { id: t.id, version: metadata.templateVersion, fingerprint: metadata.fingerprint },
    unitId,
    entries,
  };
  const parsed = UnitReturnSchema.safeParse(ret);
  if (!parsed.success) problems.push(...formatProblems(compiled, layout, parsed.error.issues, entries));
  return problems.length > 0
    ? { ok: false, problems, readable: ret }
    : { ok: true, return: parsed.data ?? ret };
}

/** What the return format rejects in the entries read (a note too long, …), at the cell the unit typed it in. */
function formatProblems(
  compiled: CompiledTemplate,
  layout: ScoringSheetLayout,
  issues: readonly z.core.$ZodIssue[],
  entries: Record<string, Entry>,
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const issue of issues) {
    const code = String(issue.path[1] ?? "");
    const field = String(issue.path[2] ?? "");
    const node = compiled.byCode.get(code);
    const col =
      field === "note"
        ? COL.note
        : field === "evidence"
          ? COL.evidence
          : field === "target"
            ? COL.target
            : COL.input;
    const ref = node ? cellRef(layout.rowOf[node.index] ?? 0, col) : undefined;
    const words = entryIssueWords(issue, entries[code]);
    const said = msg(
      `Ô ${ref ?? "?"} (tiêu chí ${code}): ${words.message.vi}`,
      `Cell ${ref ?? "?"} (criterion ${code}): ${words.message.en}`,
    );
    problems.push({
      type: words.type,
      ...(ref ? { cell: ref } : {}),
      code,
      message: node ? refusedEntry(words.type, said, node) : said,
    });
  }
  return problems;
}

/** A sheet that is not a scoring sheet, made on another table or version, or for a unit outside the bloc. */
function sheetHeadProblems(compiled: CompiledTemplate, metadata: SheetMetadata): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const t = compiled.template;
  const unitId = metadata.unitId ?? "";
  if (metadata.kind !== "scoring") {
    problems.push({
      type: "wrong-kind",
      message: msg("Đây không phải bảng tự chấm điểm.", "This is not a scoring sheet."),
    });
  }
  if (metadata.templateId !== t.id) {
    problems.push({
      type: "template-mismatch",
      message: msg(
        `Tệp làm trên bảng điểm "${metadata.templateId}", không phải "${t.id}".`,
        `The file was made on table "${metadata.templateId}", not "${t.id}".`,
      ),
    });
  } else if (metadata.fingerprint !== compiled.fingerprint) {
    problems.push({
      type: "fingerprint-mismatch",
      message: msg(
        `Tệp làm trên phiên bản khác của bảng điểm (phiên bản ${metadata.templateVersion}, dấu vân tay khác); hãy dùng mẫu phiên bản ${t.identity.version}.`,
        `The file was made on another version of the table (version ${metadata.templateVersion}, different fingerprint); use version ${t.identity.version}.`,
      ),
    });
  }
  if (!compiled.memberIds.has(unitId)) {
    problems.push({
      type: "unknown-unit",
      message: msg(`Đơn vị "${unitId}" không thuộc khối.`, `Unit "${unitId}" is not a member of the bloc.`),
    });
  }
  return problems;
}

type CellAt = (row: number, col: number) => unknown;

/**
 * An entry problem's words followed by what the severity rule does with it (`entrySeverity`): every entry problem
 * the reader finds is refused (the file's return is not used until the cell is corrected), and it says so.
 */
function refusedEntry(type: SheetProblem["type"], said: Localized, node: CompiledNode): Localized {
  return entrySeverity(type) === "refused" ? withOutcome(said, { kind: "refused" }, node.block) : said;
}

/**
 * One criterion's entry read back from its row: the input cells through its kind (`readCells`), every cell that
 * is not a usable number or choice reported with its reference; then the evidence and the note.
 */
function readEntry(
  node: CompiledNode,
  row: number,
  cell: CellAt,
  format: (col: number) => string | undefined,
  problems: SheetProblem[],
): Entry | undefined {
  const rule = node.rule;
  if (!rule) return undefined;
  const kind = criterionKind(rule);
  const cols = { input: COL.input, target: COL.target } as const;
  const report = (type: SheetProblem["type"], ref: string, v: string, e: string) => {
    const said = msg(`Ô ${ref} (tiêu chí ${node.code}): ${v}`, `Cell ${ref} (criterion ${node.code}): ${e}`);
    problems.push({ type, cell: ref, code: node.code, message: refusedEntry(type, said, node) });
  };
  const cells: SheetCells = {
    value: (which) => cell(row, cols[which]),
    number: (which) => {
      const ref = cellRef(row, cols[which]);
      const value = cell(row, cols[which]);
      if (typeof value !== "number" || !isPercentFormat(format(cols[which])))
        return readNumber(ref, value, report);
      const typed = typedPercentage(value);
      if (kind.typedPercent === "percentage") return readNumber(ref, typed, report);
      report(
        "percent-entry",
        ref,
        `"${vi(typed)}%" được nhập kèm dấu %; hãy nhập số không có dấu % (bảng tính lưu "${vi(typed)}%" thành ${vi(value)})`,
        `"${en(typed)}%" was typed with a % sign; enter the number without % (the spreadsheet stores "${en(typed)}%" as ${en(value)})`,
      );
      return undefined;
    },
    report: (type, which, v, e) => report(type, cellRef(row, cols[which]), v, e),
  };
  const entry: Entry = { ...kind.readCells(node, rule, cells) };
  const evidence = cell(row, COL.evidence);
  if (!isBlank(evidence)) {
    const pieces = parseEvidence(String(evidence));
    if (pieces.length > 0) entry.evidence = pieces;
  }
  const note = cell(row, COL.note);
  if (!isBlank(note)) entry.note = String(note);
  return Object.keys(entry).length > 0 ? entry : undefined;
}

/** A cell read as a number of at most 4 decimals within the exact range; anything else reported, undefined. */
function readNumber(
  ref: string,
  value: unknown,
  report: (type: SheetProblem["type"], ref: string, v: string, e: string) => void,
): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    report("not-a-number", ref, `"${String(value)}" không phải là số`, `"${String(value)}" is not a number`);
    return undefined;
  }
  if (Math.abs(value) > MAX_ENTRY) {
    report(
      "out-of-range",
      ref,
      `${vi(value)} ngoài khoảng ${vi(-MAX_ENTRY)} đến ${vi(MAX_ENTRY)}`,
      `${en(value)} is outside ${en(-MAX_ENTRY)} to ${en(MAX_ENTRY)}`,
    );
    return undefined;
  }
  if (!hasAtMostFourDecimals(value)) {
    report(
      "too-many-decimals",
      ref,
      `${vi(value)} có quá 4 chữ số thập phân`,
      `${en(value)} has more than 4 decimals`,
    );
    return undefined;
  }
  return value;
}

/** Formula cells whose formula differs from the plan's (hand-edited, or overwritten by a constant). */
function editedFormulas(
  compiled: CompiledTemplate,
  unitId: string,
  formulas: readonly (readonly unknown[])[],
): SheetProblem[] {
  const plan = scoringSheetPlan(compiled, unitId);
  const sheet = plan.sheets[0];
  const layout = scoringSheetLayout(compiled);
  const codeAtRow = new Map<number, string>();
  for (const node of compiled.nodes) codeAtRow.set(layout.rowOf[node.index] ?? 0, node.code);
  const out: SheetProblem[] = [];
  sheet?.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c?.f) return;
      const found = formulas[r]?.[col];
      if (typeof found === "string" && normalizeFormula(found) === normalizeFormula(c.f)) return;
      const ref = cellRef(r + 1, col + 1);
      const code = codeAtRow.get(r + 1);
      const where = code ? { vi: ` (tiêu chí ${code})`, en: ` (criterion ${code})` } : { vi: "", en: "" };
      out.push({
        type: "formula-edited",
        cell: ref,
        ...(code ? { code } : {}),
        message: msg(
          `Ô ${ref}${where.vi}: công thức đã bị sửa.`,
          `Cell ${ref}${where.en}: the formula was edited.`,
        ),
      });
    }),
  );
  return out;
}
