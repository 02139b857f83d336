import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Localized } from "../../core/i18n/localized";
import { msg } from "../../core/i18n/localized";
import type { UnitReturn } from "../../core/returns/returnSchema";
import { CONSOLIDATION_SHEET } from "../../core/sheets/consolidationSheetPlan";
import type { ReadConsolidationResult } from "../../core/sheets/readConsolidationSheet";
import { readConsolidationSheet } from "../../core/sheets/readConsolidationSheet";
import { readScoringSheet } from "../../core/sheets/readScoringSheet";
import { SCORING_SHEET } from "../../core/sheets/scoringSheetLayout";
import type { SheetMetadata } from "../../core/sheets/sheetMetadata";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets/sheetMetadata";
import type { SheetProblem } from "../../core/sheets/sheetProblem";
import type { CompiledTemplate } from "../../core/template/compileTemplate";
import { errorMessage } from "../errorMessage";
import type { SheetGrid } from "./readXlsx";
import { readXlsx } from "./readXlsx";

export type ReadReturnWorkbook = { ok: true; return: UnitReturn } | { ok: false; problems: SheetProblem[] };

/**
 * Reads a filled scoring workbook (.xlsx) back into a return. Never throws: a file that is not an .xlsx, not
 * one of ours, made on another version of the table, or with edited formulas comes back as problems per cell.
 */
export async function readReturnWorkbook(
  compiled: CompiledTemplate,
  file: string,
  cwd: string,
): Promise<ReadReturnWorkbook> {
  const opened = await openOurWorkbook(resolve(cwd, file));
  if (!opened.ok) return opened;
  const { grids, metadata } = opened;
  const main = grids.find((g) => g.name === SCORING_SHEET);
  if (!main || metadata.kind !== "scoring") {
    return wrongKind(
      msg(
        `Tệp không có trang "${SCORING_SHEET}" (không phải bảng tự chấm).`,
        `The file has no "${SCORING_SHEET}" sheet (not a scoring workbook).`,
      ),
    );
  }
  return readScoringSheet(compiled, main.values, metadata, { formulas: main.formulas });
}

/**
 * Reads the review adjustments the leader typed into the consolidation sheet of a ranking workbook. The time of
 * the adjustments is the file's modification time, so the same file always gives the same ranking input.
 */
export async function readReviewedWorkbook(
  compiled: CompiledTemplate,
  file: string,
  cwd: string,
  reviewer: string,
): Promise<ReadConsolidationResult> {
  const opened = await openOurWorkbook(resolve(cwd, file));
  if (!opened.ok) return opened;
  const sheet = opened.grids.find((g) => g.name === CONSOLIDATION_SHEET);
  if (!sheet) {
    return wrongKind(
      msg(`Tệp không có trang "${CONSOLIDATION_SHEET}".`, `The file has no "${CONSOLIDATION_SHEET}" sheet.`),
    );
  }
  return readConsolidationSheet(compiled, sheet.values, opened.metadata, { reviewer, at: opened.modifiedAt });
}

type OpenedWorkbook =
  | { ok: true; grids: SheetGrid[]; metadata: SheetMetadata; modifiedAt: string }
  | { ok: false; problems: SheetProblem[] };

/** The sheets and metadata of one of our workbooks, or a "not-ours" problem when it cannot be read as one. */
async function openOurWorkbook(path: string): Promise<OpenedWorkbook> {
  let grids: SheetGrid[];
  let modifiedAt: string;
  try {
    grids = await readXlsx(await readFile(path));
    modifiedAt = (await stat(path)).mtime.toISOString();
  } catch (error) {
    const reason = errorMessage(error);
    return {
      ok: false,
      problems: [
        {
          type: "not-ours",
          message: msg(
            `Không đọc được tệp Excel (.xlsx): ${reason}`,
            `Cannot read the Excel (.xlsx) file: ${reason}`,
          ),
        },
      ],
    };
  }
  const meta = parseSheetMetadata(grids.find((g) => g.name === METADATA_SHEET)?.values);
  if (!meta.ok) return { ok: false, problems: [{ type: "not-ours", message: meta.problem }] };
  return { ok: true, grids, metadata: meta.metadata, modifiedAt };
}

function wrongKind(message: Localized): { ok: false; problems: SheetProblem[] } {
  return { ok: false, problems: [{ type: "wrong-kind", message }] };
}
