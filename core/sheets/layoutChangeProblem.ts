import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { cellRef } from "./cellAddress";
import { findRowShift } from "./findRowShift";
import { COL, scoringSheetLayout } from "./scoringSheetLayout";
import { scoringSheetPlan } from "./scoringSheetPlan";
import type { SheetProblem } from "./sheetProblem";

/** What to do when the rows cannot be put back by hand: the entries go into the file the bloc sent. */
const START_AGAIN = {
  vi: "nhập lại kết quả vào tệp gốc khối đã gửi (hoặc Hoàn tác/Undo nếu tệp còn mở) rồi gửi lại",
  en: "type the results again into the original file the bloc sent (or Undo while the file is still open) and send it again",
} as const;

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The one problem of a scoring sheet whose rows no longer match its plan (a criterion's code is not in its row):
 * which row was inserted, and that deleting it puts the sheet right; which row was deleted, and that the entries
 * must go into the original file; or from which row the layout changed. Said once, at the first row that moved,
 * instead of once per criterion below it. Empty when every code is in its row.
 */
export function layoutChangeProblem(
  compiled: CompiledTemplate,
  grid: readonly (readonly unknown[])[],
  unitId: string,
): SheetProblem[] {
  const layout = scoringSheetLayout(compiled);
  const moved = compiled.nodes.some(
    (node) => text(grid[(layout.rowOf[node.index] ?? 0) - 1]?.[COL.code - 1]) !== node.code,
  );
  if (!moved) return [];
  // What identifies a row: its code and label (columns A and B), from the title block to the total.
  const plan = scoringSheetPlan(compiled, unitId).sheets[0]?.cells ?? [];
  const planned = (row: number) => ({
    code: text(plan[row - 1]?.[COL.code - 1]?.v),
    title: text(plan[row - 1]?.[COL.title - 1]?.v),
  });
  const signature = (a: unknown, b: unknown) => `${text(a)}|${text(b)}`;
  const shift = findRowShift(
    Array.from({ length: layout.totalRow }, (_, r) => signature(planned(r + 1).code, planned(r + 1).title)),
    grid.map((row) => signature(row[COL.code - 1], row[COL.title - 1])),
  );
  const label = (row: number): Localized => {
    const node = compiled.nodes.find((n) => layout.rowOf[n.index] === row);
    if (node !== undefined) return nodeLabel(node);
    const { code, title } = planned(row);
    const words = [code, title].filter((t) => t !== "").join(" ");
    return words === "" ? msg("một dòng trống", "a blank row") : msg(`dòng “${words}”`, `the row “${words}”`);
  };
  // The cell, and the criterion planned in that row when there is one.
  const place = (row: number) => {
    const node = compiled.nodes.find((n) => layout.rowOf[n.index] === row);
    return { cell: cellRef(row, COL.code), ...(node === undefined ? {} : { code: node.code }) };
  };
  if (shift?.kind === "inserted") {
    const rows = shift.rows;
    return [{ type: "layout-changed", ...place(rows[0]!), message: insertedWords(rows, label(rows[0]!)) }];
  }
  if (shift?.kind === "deleted") {
    const rows = shift.rows;
    return [{ type: "layout-changed", ...place(rows[0]!), message: deletedWords(rows, rows.map(label)) }];
  }
  const row = shift?.row ?? 1;
  return [{ type: "layout-changed", ...place(row), message: changedWords(row, planned(row).code) }];
}

/** "tiêu chí II.2", "nội dung III", "mục thưởng T.1": how the sheet's reader names the row's node. */
function nodeLabel(node: CompiledNode): Localized {
  if (node.block === "bonus") return msg(`mục thưởng ${node.code}`, `bonus item ${node.code}`);
  if (node.block === "deductions") return msg(`mục trừ ${node.code}`, `deduction item ${node.code}`);
  return node.rule === undefined
    ? msg(`nội dung ${node.code}`, `section ${node.code}`)
    : msg(`tiêu chí ${node.code}`, `criterion ${node.code}`);
}

/** "12" or "12–13". */
function span(rows: readonly number[]): string {
  return rows.length === 1 ? `${rows[0]}` : `${rows[0]}–${rows[rows.length - 1]}`;
}

function insertedWords(rows: readonly number[], below: Localized): Localized {
  const which = span(rows);
  const one = rows.length === 1;
  return msg(
    `${one ? `Dòng ${which} được chèn thêm` : `${rows.length} dòng ${which} được chèn thêm`} vào bảng (ngay trên ${below.vi}), nên các dòng bên dưới lệch khỏi vị trí của chúng và không đọc được. Hãy xóa ${one ? `dòng ${which}` : `các dòng ${which}`} (chuột phải vào số dòng → Xóa dòng), lưu lại rồi gửi; hoặc ${START_AGAIN.vi}.`,
    `${one ? `Row ${which} was inserted` : `${rows.length} rows (${which}) were inserted`} into the sheet (just above ${below.en}), so the rows below it moved out of place and cannot be read. Delete ${one ? `row ${which}` : `rows ${which}`} (right-click the row number → Delete Rows), save and send it; or ${START_AGAIN.en}.`,
  );
}

function deletedWords(rows: readonly number[], what: readonly Localized[]): Localized {
  const which = span(rows);
  const one = rows.length === 1;
  return msg(
    `${one ? `Dòng ${which}` : `Các dòng ${which}`} của bảng gốc (${what.map((w) => w.vi).join(", ")}) đã bị xóa, nên các dòng bên dưới lệch khỏi vị trí của chúng và không đọc được. Dòng đã xóa mang mã và công thức của bảng nên không gõ lại được; hãy ${START_AGAIN.vi}.`,
    `${one ? `Row ${which}` : `Rows ${which}`} of the original sheet (${what.map((w) => w.en).join(", ")}) ${one ? "was" : "were"} deleted, so the rows below moved out of place and cannot be read. A deleted row carries the table's codes and formulas and cannot be typed back; ${START_AGAIN.en}.`,
  );
}

function changedWords(row: number, expected: string): Localized {
  const ref = cellRef(row, COL.code);
  return msg(
    `Bố cục bảng đã bị thay đổi từ dòng ${row} (ô ${ref} phải là "${expected}"): có dòng bị chèn, xóa hoặc di chuyển, nên các dòng từ đó không đọc được. Hãy ${START_AGAIN.vi}.`,
    `The sheet's layout was changed from row ${row} on (cell ${ref} should hold "${expected}"): rows were inserted, deleted or moved, so the rows from there on cannot be read. Please ${START_AGAIN.en}.`,
  );
}
