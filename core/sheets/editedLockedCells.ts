import { z } from "zod";
import { formatNumber } from "../i18n/formatNumber";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import { parseJsonText } from "../json/parseJsonText";
import type { CompiledTemplate } from "../template/compileTemplate";
import { parseCellRef } from "./cellAddress";
import type { LockedCells } from "./lockedCells";
import { gridLockedCells, lockedCellsHash, planLockedCells } from "./lockedCells";
import { HEADER_ROW, scoringSheetLayout } from "./scoringSheetLayout";
import { scoringSheetPlan } from "./scoringSheetPlan";
import { scoringOpenCells, withExtras } from "./scoringSeal";
import type { SheetMetadata } from "./sheetMetadata";
import type { SheetPlan } from "./sheetPlan";
import type { SheetProblem } from "./sheetProblem";

/** The extras recorded in the metadata: cell reference → canonical form, null for a cell written empty. */
const ExtrasSchema = z.record(z.string().regex(/^[A-Z]{1,3}[0-9]{1,7}$/), z.string().max(40_000).nullable());

/** At most this many cells are named in the message about a seal that cannot be rebuilt. */
const LISTED = 20;

/**
 * Locked cells of a scoring sheet changed after it was written (a history row, the unit's name, a maximum typed
 * over once the sheet is unprotected): the grid's locked cells are hashed as the writer hashed them and compared
 * with the metadata's seal. When they differ, the sheet the program wrote is rebuilt from the template and the
 * metadata's extras, and each edited constant is named with what it held and holds now; an edited formula is left
 * to the formula check, which names it already. A file written before the seal (version 1) is not checked; a later
 * one without its seal is reported.
 */
export function editedLockedCells(
  compiled: CompiledTemplate,
  grid: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  metadata: SheetMetadata,
): SheetProblem[] {
  if (metadata.lockedCells === undefined) return metadata.sheetFormatVersion < 2 ? [] : [missingSeal()];
  const layout = scoringSheetLayout(compiled);
  const sheet = scoringSheetPlan(compiled, metadata.unitId ?? "").sheets[0];
  if (sheet === undefined) return [];
  const open = scoringOpenCells(sheet, layout);
  const found = gridLockedCells(grid, formulas, open);
  if (lockedCellsHash(found) === metadata.lockedCells) return [];
  const extras = parseExtras(metadata.lockedExtras);
  const expected = extras === undefined ? undefined : withExtras(planLockedCells(sheet, open), extras);
  const changed = differingCells(expected ?? planLockedCells(sheet, open), found);
  if (expected === undefined || lockedCellsHash(expected) !== metadata.lockedCells) {
    return [unrebuildableSeal(changed.map((c) => c.ref))];
  }
  return changed
    .filter((c) => !c.was?.startsWith("="))
    .map((c) => editedCell(compiled, sheet, layout.rowOf, c));
}

type ChangedCell = { ref: string; row: number; column: number; was?: string; now?: string };

/** The cells whose canonical forms differ, row by row. */
function differingCells(expected: LockedCells, found: LockedCells): ChangedCell[] {
  const out: ChangedCell[] = [];
  for (const ref of new Set([...expected.keys(), ...found.keys()])) {
    const was = expected.get(ref);
    const now = found.get(ref);
    const at = parseCellRef(ref);
    if (was !== now && at) out.push({ ref, ...at, ...(was ? { was } : {}), ...(now ? { now } : {}) });
  }
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The metadata's extras, or undefined when they are not what the writer records. */
function parseExtras(text: string | undefined): Record<string, string | null> | undefined {
  if (text === undefined) return {};
  const json = parseJsonText(text, { maxBytes: 1_000_000, maxDepth: 2 });
  if (!json.ok) return undefined;
  const parsed = ExtrasSchema.safeParse(json.value);
  return parsed.success ? parsed.data : undefined;
}

/** One edited constant: "Ô D12 (mục I.2, cột Điểm tối đa) đã bị sửa: 10 → 20." */
function editedCell(
  compiled: CompiledTemplate,
  sheet: SheetPlan,
  rowOf: readonly number[],
  c: ChangedCell,
): SheetProblem {
  const node = compiled.nodes.find((n) => rowOf[n.index] === c.row);
  const header = sheet.cells[HEADER_ROW - 1]?.[c.column - 1]?.v;
  const column = typeof header === "string" ? header : undefined;
  const where: Localized =
    node !== undefined
      ? msg(
          ` (mục ${node.code}${column ? `, cột ${column}` : ""})`,
          ` (item ${node.code}${column ? `, column ${column}` : ""})`,
        )
      : c.row === 3 && c.column === 2
        ? msg(" (tên đơn vị)", " (the unit's name)")
        : c.row <= HEADER_ROW
          ? msg(" (phần tiêu đề)", " (the title block)")
          : msg("", "");
  return {
    type: "constant-edited",
    cell: c.ref,
    ...(node ? { code: node.code } : {}),
    message: msg(
      `Ô ${c.ref}${where.vi} đã bị sửa: ${shown(c.was, "vi")} → ${shown(c.now, "vi")}. Ô này do chương trình ghi và được khóa; hãy dùng lại tệp gốc (hoặc tạo lại bảng tự chấm) và chỉ nhập vào các ô màu vàng.`,
      `Cell ${c.ref}${where.en} was edited: ${shown(c.was, "en")} → ${shown(c.now, "en")}. The program wrote and locked this cell; go back to the original file (or make the scoring sheet again) and type only into the yellow cells.`,
    ),
  };
}

/** The seal does not match what this program rebuilds (metadata edited, or written by another version). */
function unrebuildableSeal(refs: readonly string[]): SheetProblem {
  const listed = refs.slice(0, LISTED).join(", ");
  const more = refs.length > LISTED ? ` (+${refs.length - LISTED})` : "";
  const cells: Localized =
    refs.length === 0
      ? msg("không xác định được ô nào", "which cells cannot be told")
      : msg(
          `các ô khác với bảng điểm hiện tại: ${listed}${more}`,
          `cells that differ from the current table: ${listed}${more}`,
        );
  return {
    type: "constant-edited",
    message: msg(
      `Các ô bị khóa của bảng không còn như khi chương trình ghi (dấu kiểm tra trong trang _thidua không khớp); ${cells.vi}. Hãy dùng lại tệp gốc hoặc tạo lại bảng tự chấm.`,
      `The sheet's locked cells are no longer as the program wrote them (the check in the _thidua sheet does not match); ${cells.en}. Go back to the original file or make the scoring sheet again.`,
    ),
  };
}

/** A file of version 2 or later whose metadata lost its seal: the row was deleted, so nothing can be checked. */
function missingSeal(): SheetProblem {
  return {
    type: "constant-edited",
    message: msg(
      "Trang _thidua không còn dấu kiểm tra các ô bị khóa (lockedCells): tệp đã bị sửa, không kiểm tra được các ô do chương trình ghi. Hãy dùng lại tệp gốc hoặc tạo lại bảng tự chấm.",
      "The _thidua sheet no longer holds the check of the locked cells (lockedCells): the file was edited, and the cells the program wrote cannot be checked. Go back to the original file or make the scoring sheet again.",
    ),
  };
}

/** A canonical form as a person reads it: 10 → "10", text quoted (shortened), empty as "(trống)". */
function shown(canonical: string | undefined, lang: Lang): string {
  if (canonical === undefined) return lang === "vi" ? "(trống)" : "(empty)";
  if (canonical.startsWith("=")) return canonical;
  const body = canonical.slice(2);
  if (canonical.startsWith("n:")) return formatNumber(Number(body), lang);
  return `"${body.length > 80 ? `${body.slice(0, 79)}…` : body}"`;
}
