import type ExcelJS from "exceljs";
import { checkXlsxPackage, DEFAULT_XLSX_LIMITS } from "./checkXlsxPackage";
import type { XlsxLimits } from "./checkXlsxPackage";
import { loadExcelJs } from "./loadExcelJs";

/** One sheet read back: values (formula results where cached) and formulas (without "="), row 1 first. */
export type SheetGrid = {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  values: unknown[][];
  formulas: (string | null)[][];
  /** Number formats ("0.00%", "General"), so that a reader sees what was typed with "%". */
  formats: (string | null)[][];
};

/**
 * Reads every sheet of an .xlsx file into plain grids, within the limits (checkXlsxPackage: sizes, zip bombs,
 * cells past maxRows × maxColumns throw XlsxLimitError before ExcelJS expands anything) (ExcelJS decodes Excel's `_xHHHH_` escapes in strings), never
 * throwing on odd content: rich text is joined, hyperlinks give their text, error values give their code
 * ("#DIV/0!"), and every cell of a shared formula gives its own formula.
 */
export async function readXlsx(
  data: Buffer | ArrayBuffer,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<SheetGrid[]> {
  await checkXlsxPackage(data instanceof ArrayBuffer ? new Uint8Array(data) : data, limits);
  const wb = new (loadExcelJs().Workbook)();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const values: unknown[][] = [];
    const formulas: (string | null)[][] = [];
    const formats: (string | null)[][] = [];
    const columns = ws.columnCount;
    // Up to the last row holding a value: LibreOffice writes an empty row 1048576 after a row is deleted.
    let lastRow = 0;
    ws.eachRow((_row, n) => (lastRow = n));
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      const vr: unknown[] = [];
      const fr: (string | null)[] = [];
      const nr: (string | null)[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        // A merged range holds its value in the top-left cell only, as Excel reads it.
        const covered = cell.isMerged && cell.master.address !== cell.address;
        const { value, formula } = covered ? { value: null, formula: null } : plainCell(cell.value, cell);
        vr.push(value);
        fr.push(formula);
        nr.push(covered ? null : cell.numFmt || null);
      }
      values.push(vr);
      formulas.push(fr);
      formats.push(nr);
    }
    return { name: ws.name, state: ws.state, values, formulas, formats };
  });
}

function plainCell(v: ExcelJS.CellValue, cell: ExcelJS.Cell): { value: unknown; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v !== "object" || v instanceof Date) return { value: v, formula: null };
  if ("formula" in v || "sharedFormula" in v) {
    // `cell.result`, not `value.result`: ExcelJS's value copy drops a cached result of 0.
    const result = cell.result as ExcelJS.CellFormulaValue["result"];
    const value =
      result !== null && typeof result === "object" && "error" in result ? result.error : (result ?? null);
    // `cell.formula`, not `value.sharedFormula` (the master's address): a cell of a shared formula (filled down
    // in Excel) gets the master's formula moved to its own row and column.
    return { value, formula: cell.formula || null };
  }
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join(""), formula: null };
  if ("hyperlink" in v) return { value: (v as ExcelJS.CellHyperlinkValue).text, formula: null };
  if ("error" in v) return { value: v.error, formula: null };
  return { value: null, formula: null };
}
