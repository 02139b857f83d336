import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import type { UnitReturn } from "../../core/returns";
import { CONSOLIDATION_SHEET } from "../../core/sheets";
import type { ReadConsolidationResult } from "../../core/sheets";
import { readConsolidationSheet } from "../../core/sheets";
import { readScoringSheet } from "../../core/sheets";
import { findConsolidationSheet, findScoringSheet, SCORING_SHEET } from "../../core/sheets";
import type { SheetMetadata } from "../../core/sheets";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets";
import type { SheetProblem } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import { errorMessage } from "../errorMessage";
import { fileKindWords } from "./fileKindWords";
import { sniffFileKind } from "./sniffFileKind";
import type { SheetGrid } from "./readXlsx";
import { readXlsx } from "./readXlsx";
import { DEFAULT_XLSX_LIMITS, XlsxLimitError } from "./checkXlsxPackage";
import { reviewedWordingProblems } from "./reviewedWordingProblems";
import { scoringTamperProblems } from "./scoringTamperProblems";

export type ReadReturnWorkbook =
  { ok: true; return: UnitReturn } | { ok: false; problems: SheetProblem[]; readable?: UnitReturn };

/**
 * Reads a filled scoring workbook (.xlsx) back into a return. Never throws: a file that is not an .xlsx, not
 * one of ours, made on another version of the table, with edited formulas, or tampered with (a formula in an input
 * cell, a unit claimed that the sheet or the file name contradicts) comes back as problems per cell.
 */
export async function readReturnWorkbook(
  compiled: CompiledTemplate,
  file: string,
  cwd: string,
): Promise<ReadReturnWorkbook> {
  const opened = await openOurWorkbook(resolve(cwd, file));
  if (!opened.ok) return opened;
  const { grids, metadata } = opened;
  if (metadata.kind === "ranking") {
    return wrongKind(
      msg(
        "Tệp này là bảng xếp hạng và tổng hợp của khối (do thidua consolidate ghi), không phải bảng tự chấm của một đơn vị; hãy bỏ tệp này khỏi danh sách tệp tự chấm.",
        "This file is the bloc's ranking and consolidation workbook (written by thidua consolidate), not a unit's scoring workbook; leave it out of the scoring workbooks.",
      ),
    );
  }
  // By what the sheet holds, not its tab's name: a renamed tab changes nothing that is read.
  const main = findScoringSheet(compiled, grids);
  if (!main) {
    return wrongKind(
      msg(
        `Tệp không có trang "${SCORING_SHEET}" (không phải bảng tự chấm).`,
        `The file has no "${SCORING_SHEET}" sheet (not a scoring workbook).`,
      ),
    );
  }
  const read = readScoringSheet(compiled, main.values, metadata, {
    formulas: main.formulas,
    formats: main.formats,
  });
  // Rows inserted or deleted: said once; every formula below has moved, so the other checks would only repeat it.
  if (!read.ok && read.problems.some((p) => p.type === "layout-changed")) return read;
  const tampered = scoringTamperProblems(compiled, main, metadata, file);
  if (tampered.length === 0) return read;
  // A cell the tamper check names (the unit's name, a formula typed into a cell) is not named twice. A tampered
  // sheet's entries are not compared with anyone's (no `readable`).
  const named = new Set(tampered.map((p) => p.cell));
  const rest = read.ok ? [] : read.problems.filter((p) => p.type !== "constant-edited" || !named.has(p.cell));
  return { ok: false, problems: [...tampered, ...rest] };
}

/**
 * Reads the review adjustments the leader typed into the consolidation sheet of a ranking workbook. The time of
 * the adjustments is the file's modification time, so the same file always gives the same ranking input. Reasons,
 * the reviewer's name and the points are held to the reviews file's rules (`reviewedWordingProblems`).
 */
export async function readReviewedWorkbook(
  compiled: CompiledTemplate,
  file: string,
  cwd: string,
  reviewer: string,
): Promise<ReadConsolidationResult> {
  const opened = await openOurWorkbook(resolve(cwd, file));
  if (!opened.ok) return opened;
  // By what the sheet holds, not its tab's name, as for the scoring sheet.
  const sheet = findConsolidationSheet(compiled, opened.grids);
  if (!sheet) {
    return wrongKind(
      msg(`Tệp không có trang "${CONSOLIDATION_SHEET}".`, `The file has no "${CONSOLIDATION_SHEET}" sheet.`),
    );
  }
  const read = readConsolidationSheet(compiled, sheet.values, opened.metadata, {
    reviewer,
    at: opened.modifiedAt,
  });
  if (!read.ok) return read;
  const problems = reviewedWordingProblems(compiled, sheet.values, read.adjustments);
  return problems.length === 0 ? read : { ok: false, problems };
}

type OpenedWorkbook =
  | { ok: true; grids: SheetGrid[]; metadata: SheetMetadata; modifiedAt: string }
  | { ok: false; problems: SheetProblem[] };

/** The sheets and metadata of one of our workbooks, or a "not-ours" problem when it cannot be read as one. */
async function openOurWorkbook(path: string): Promise<OpenedWorkbook> {
  let data: Buffer;
  let modifiedAt: string;
  try {
    const info = await stat(path);
    // Checked before reading: a FIFO or a device would hang or never end; a huge file is not one of ours.
    if (info.isFile() && info.size > DEFAULT_XLSX_LIMITS.maxFileBytes) {
      return notOurs(capitalised(tooLargeFile(info.size)));
    }
    if (!info.isFile() && !info.isDirectory()) {
      return notOurs(
        msg(
          "Không phải tệp thông thường (thiết bị, FIFO hoặc socket).",
          "Not a regular file (a device, a FIFO or a socket).",
        ),
      );
    }
    data = await readFile(path);
    modifiedAt = info.mtime.toISOString();
  } catch (error) {
    return notOurs(unreadableFile(error));
  }
  // What the file really is decides the message: a .ods or a PDF renamed .xlsx is told so, with what to do.
  const kind = fileKindWords(sniffFileKind(data));
  if (kind !== undefined) return { ok: false, problems: [{ type: "wrong-file-format", message: kind }] };
  let grids: SheetGrid[];
  try {
    grids = await readXlsx(data);
  } catch (error) {
    if (error instanceof XlsxLimitError) return notOurs(capitalised(error.words));
    // The zip or XML reader's words ("Can't find end of central directory") are a detail, not the message.
    const detail = errorMessage(error)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    return notOurs(
      msg(
        `Tệp không phải tệp Excel .xlsx đọc được (có thể là tệp .xls cũ, .csv hoặc tệp bị hỏng); hãy mở bằng Excel và lưu lại dạng .xlsx. (Chi tiết: ${detail})`,
        `The file is not a readable Excel .xlsx file (perhaps an old .xls, a .csv or a damaged file); open it in Excel and save it as .xlsx. (Detail: ${detail})`,
      ),
    );
  }
  const meta = parseSheetMetadata(grids.find((g) => g.name === METADATA_SHEET)?.values);
  if (!meta.ok) return notOurs(meta.problem);
  return { ok: true, grids, metadata: meta.metadata, modifiedAt };
}

function tooLargeFile(size: number): Localized {
  const max = DEFAULT_XLSX_LIMITS.maxFileBytes;
  return msg(
    `tệp quá lớn (${size} byte; tối đa ${max} byte)`,
    `the file is too large (${size} bytes; at most ${max})`,
  );
}

/** The limit's words as a sentence of their own. */
function capitalised(words: Localized): Localized {
  const sentence = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
  return msg(sentence(words.vi), sentence(words.en));
}

function unreadableFile(error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return msg("Không tìm thấy tệp.", "No such file.");
  if (code === "EISDIR") return msg("Đây là thư mục, không phải tệp.", "This is a directory, not a file.");
  if (code === "EACCES" || code === "EPERM")
    return msg("Không có quyền đọc tệp.", "No permission to read the file.");
  const detail = errorMessage(error);
  return msg(`Không đọc được tệp (${detail}).`, `Cannot read the file (${detail}).`);
}

function notOurs(message: Localized): { ok: false; problems: SheetProblem[] } {
  return { ok: false, problems: [{ type: "not-ours", message }] };
}

function wrongKind(message: Localized): { ok: false; problems: SheetProblem[] } {
  return { ok: false, problems: [{ type: "wrong-kind", message }] };
}
