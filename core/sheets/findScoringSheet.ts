import type { CompiledTemplate } from "../template/compileTemplate";
import { COL, SCORING_SHEET } from "./scoringSheetLayout";
import { METADATA_SHEET } from "./sheetMetadata";

/**
 * The scoring sheet of a workbook whose metadata says it is one, found by what it holds rather than its name: the
 * sheet named "Chấm điểm", else the sheet whose code column holds the most of the table's codes (a unit may rename
 * the tab, to its own name or "Bảng điểm 2022"; the name does not change what is read). With a single sheet besides
 * the metadata, that sheet. Undefined when no sheet can be told to be it.
 */
export function findScoringSheet<G extends { name: string; values: readonly (readonly unknown[])[] }>(
  compiled: CompiledTemplate,
  grids: readonly G[],
): G | undefined {
  const sheets = grids.filter((g) => g.name !== METADATA_SHEET);
  const named = sheets.find((g) => g.name === SCORING_SHEET);
  if (named !== undefined) return named;
  const codes = new Set(compiled.nodes.map((n) => n.code));
  let best: { sheet: G; count: number } | undefined;
  for (const sheet of sheets) {
    const count = sheet.values.filter((row) => codes.has(String(row[COL.code - 1] ?? "").trim())).length;
    if (count > (best?.count ?? 0)) best = { sheet, count };
  }
  return best?.sheet ?? (sheets.length === 1 ? sheets[0] : undefined);
}
