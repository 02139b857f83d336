import { basename, extname } from "node:path";
import { msg } from "../../core/i18n";
import type { SheetMetadata, SheetProblem } from "../../core/sheets";
import { cellRef, scoringSheetPlan } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import { lookAlikeKey } from "../../core/text";
import type { SheetGrid } from "./readXlsx";

/** Where the scoring sheet shows the unit's name (row 3, column B; see scoringSheetPlan's title). */
const UNIT_NAME_CELL = { row: 3, column: 2 } as const;

/**
 * Signs that a filled scoring workbook was edited outside its input cells: a formula where the plan has none (an
 * input computed from elsewhere, whose cached value anyone can edit in the file), and a unit claimed by the hidden
 * metadata that is not the one the sheet shows, nor the one the file is named after (`workbook --all` names each
 * file TEMPLATE-UNIT.xlsx). What this cannot prove: who filled the file. Anyone may copy a unit's workbook and send
 * it; only the back end's signed-in submission ties a return to its unit.
 */
export function scoringTamperProblems(
  compiled: CompiledTemplate,
  sheet: SheetGrid,
  metadata: SheetMetadata,
  file: string,
): SheetProblem[] {
  const unitId = metadata.unitId ?? "";
  const member = compiled.template.members.find((m) => m.id === unitId);
  if (member === undefined) return [];
  return [...unexpectedFormulas(compiled, sheet, unitId), ...claimProblems(compiled, sheet, member, file)];
}

/** Cells holding a formula the plan does not put there (input cells above all). */
function unexpectedFormulas(compiled: CompiledTemplate, sheet: SheetGrid, unitId: string): SheetProblem[] {
  const plan = scoringSheetPlan(compiled, unitId).sheets[0];
  const out: SheetProblem[] = [];
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === null || plan?.cells[r]?.[c]?.f !== undefined) return;
      const ref = cellRef(r + 1, c + 1);
      out.push({
        type: "formula-edited",
        cell: ref,
        message: msg(
          `Ô ${ref} chứa công thức (=${formula}) nhưng là ô nhập số liệu: giá trị lưu sẵn của công thức có thể bị sửa trong tệp; hãy nhập trực tiếp giá trị.`,
          `Cell ${ref} holds a formula (=${formula}) but is an input cell: a formula's stored value can be edited in the file; type the value itself.`,
        ),
      });
    }),
  );
  return out;
}

/** The unit the metadata claims against the name the sheet shows and the unit the file is named after. */
function claimProblems(
  compiled: CompiledTemplate,
  sheet: SheetGrid,
  member: { id: string; name: string },
  file: string,
): SheetProblem[] {
  const out: SheetProblem[] = [];
  const shown = sheet.values[UNIT_NAME_CELL.row - 1]?.[UNIT_NAME_CELL.column - 1];
  const ref = cellRef(UNIT_NAME_CELL.row, UNIT_NAME_CELL.column);
  if (typeof shown !== "string" || lookAlikeKey(shown) !== lookAlikeKey(member.name)) {
    out.push({
      type: "unknown-unit",
      cell: ref,
      message: msg(
        `Trang ẩn _thidua ghi đơn vị "${member.id}" (${member.name}) nhưng ô ${ref} ghi "${String(shown ?? "")}": tệp đã bị sửa, không biết bảng này của đơn vị nào.`,
        `The hidden _thidua sheet names unit "${member.id}" (${member.name}) but cell ${ref} shows "${String(shown ?? "")}": the file was edited; whose return this is cannot be told.`,
      ),
    });
  }
  const named = unitNamedByFile(compiled, file);
  if (named !== undefined && named !== member.id) {
    out.push({
      type: "unknown-unit",
      message: msg(
        `Tên tệp chỉ đơn vị "${named}" nhưng trang ẩn _thidua ghi "${member.id}": tệp của đơn vị này có thể đã bị sửa để nhận là của đơn vị khác.`,
        `The file's name points to unit "${named}" but the hidden _thidua sheet names "${member.id}": one unit's file may have been edited to claim another.`,
      ),
    });
  }
  return out;
}

/** The member whose id the file's name holds as a whole word (the longest, when ids nest), if any. */
export function unitNamedByFile(compiled: CompiledTemplate, file: string): string | undefined {
  const name = basename(file, extname(file)).toLowerCase();
  let found: string | undefined;
  for (const m of compiled.template.members) {
    const id = m.id.toLowerCase();
    const at = name.lastIndexOf(id);
    if (at < 0) continue;
    const before = at === 0 || !/[a-z0-9]/.test(name[at - 1]!);
    const after = at + id.length === name.length || !/[a-z0-9]/.test(name[at + id.length]!);
    if (before && after && (found === undefined || id.length > found.length)) found = m.id;
  }
  return found;
}
