import { parseCellRef } from "./cellAddress";
import type { LockedCells, OpenCell } from "./lockedCells";
import { lockedCellsHash, planLockedCells } from "./lockedCells";
import type { ScoringSheetLayout } from "./scoringSheetLayout";
import type { SheetPlan } from "./sheetPlan";

/** What the metadata records of a scoring sheet's locked cells (dấu niêm phong): their hash and the extras. */
export type ScoringSeal = { lockedCells: string; lockedExtras?: string };

/**
 * The cells of a scoring sheet a unit may change without it counting as an edit: its input cells (open in the
 * plan) and the signature block, whose "…, ngày … tháng … năm …" is completed by hand before printing and decides
 * nothing. Everything else the program wrote (titles, codes, points, rules, award history, formulas) is sealed.
 */
export function scoringOpenCells(sheet: SheetPlan, layout: ScoringSheetLayout): OpenCell {
  const signature = new Set<number>(layout.signatureRows);
  return (row, column) => signature.has(row) || sheet.cells[row - 1]?.[column - 1]?.locked === false;
}

/**
 * The seal of a scoring sheet as written: the hash of its locked cells, and the locked cells whose content the
 * template alone does not give (`baseline` is the same sheet written without the bloc's history: the award-history
 * rows differ), so that a reader can rebuild what was written and name each edited cell.
 */
export function scoringSeal(
  sheet: SheetPlan,
  layout: ScoringSheetLayout,
  baseline: SheetPlan | undefined,
): ScoringSeal {
  const open = scoringOpenCells(sheet, layout);
  const cells = planLockedCells(sheet, open);
  const seal: ScoringSeal = { lockedCells: lockedCellsHash(cells) };
  if (baseline === undefined) return seal;
  const base = planLockedCells(baseline, open);
  const extras: Record<string, string | null> = {};
  for (const ref of new Set([...cells.keys(), ...base.keys()])) {
    if (cells.get(ref) !== base.get(ref)) extras[ref] = cells.get(ref) ?? null;
  }
  if (Object.keys(extras).length > 0) seal.lockedExtras = JSON.stringify(extras);
  return seal;
}

/** The baseline's locked cells with the extras applied (null: the cell was written empty). */
export function withExtras(base: LockedCells, extras: Readonly<Record<string, string | null>>): LockedCells {
  const out: LockedCells = new Map(base);
  for (const [ref, canonical] of Object.entries(extras)) {
    if (parseCellRef(ref) === undefined) continue;
    if (canonical === null) out.delete(ref);
    else out.set(ref, canonical);
  }
  return out;
}
