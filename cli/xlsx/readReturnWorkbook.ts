import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { msg } from "../../core/i18n/localized";
import type { UnitReturn } from "../../core/returns/returnSchema";
import { CONSOLIDATION_SHEET } from "../../core/sheets/consolidationSheetPlan";
import type { ReadConsolidationResult } from "../../core/sheets/readConsolidationSheet";
import { readConsolidationSheet } from "../../core/sheets/readConsolidationSheet";
import { readScoringSheet } from "../../core/sheets/readScoringSheet";
import { SCORING_SHEET } from "../../core/sheets/scoringSheetLayout";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets/sheetMetadata";
import type { SheetProblem } from "../../core/sheets/sheetProblem";
import type { CompiledTemplate } from "../../core/template/compileTemplate";
import { errorMessage } from "../errorMessage";
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
  let grids;
  try {
    grids = await readXlsx(await readFile(resolve(cwd, file)));
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
  const main = grids.find((g) => g.name === SCORING_SHEET);
  if (!main || meta.metadata.kind !== "scoring") {
    return {
      ok: false,
      problems: [
        {
          type: "wrong-kind",
          message: msg(
            `Tệp không có trang "${SCORING_SHEET}" (không phải bảng tự chấm).`,
            `The file has no "${SCORING_SHEET}" sheet (not a scoring workbook).`,
          ),
        },
      ],
    };
  }
  return readScoringSheet(compiled, main.values, meta.metadata, { formulas: main.formulas });
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
  let grids;
  let at: string;
  try {
    const path = resolve(cwd, file);
    grids = await readXlsx(await readFile(path));
    at = (await stat(path)).mtime.toISOString();
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
  const sheet = grids.find((g) => g.name === CONSOLIDATION_SHEET);
  if (!sheet) {
    return {
      ok: false,
      problems: [
        {
          type: "wrong-kind",
          message: msg(
            `Tệp không có trang "${CONSOLIDATION_SHEET}".`,
            `The file has no "${CONSOLIDATION_SHEET}" sheet.`,
          ),
        },
      ],
    };
  }
  return readConsolidationSheet(compiled, sheet.values, meta.metadata, { reviewer, at });
}
