import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import { parseCellRef } from "../../core/sheets";
import { sheetPartsByName } from "./addChartsToXlsx";
import { loadJsZip } from "./loadExcelJs";
import { declaredSize, readZipEntry, ZipEntryTooLargeError } from "./readZipEntry";
import { firstDuplicateEntry, zipEntryNames } from "./zipEntryNames";

/** Bounds on a workbook read back (a filled scoring or ranking workbook). */
export type XlsxLimits = {
  /** The .xlsx file itself. */
  maxFileBytes: number;
  /** One part of the package, decompressed (a sheet's XML). */
  maxEntryBytes: number;
  /** All parts together, decompressed. */
  maxTotalBytes: number;
  /** The cells any sheet may reach: rows 1..maxRows, columns A..(maxColumns). */
  maxRows: number;
  maxColumns: number;
};

/**
 * Ours are far smaller: a 300-criterion scoring workbook is ~1 MB of XML, ~400 rows and ~20 columns; a bloc's
 * consolidation sheet has a column per member.
 */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxEntryBytes: 8 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 256,
};

/** A workbook past one of the bounds; `words` say which, and where. */
export class XlsxLimitError extends Error {
  constructor(readonly words: Localized) {
    super(words.en);
  }
}

/**
 * Checks an .xlsx package before any spreadsheet library expands it: every part inflated chunk by chunk with
 * its size counted (a zip's declared sizes can lie), the total bounded, and every cell, row, merge, validation
 * or formatting range in every sheet within maxRows × maxColumns (a library would otherwise allocate up to the
 * corner cell XFD1048576). Also refused: two zip entries of one name, and links to external workbooks (tampered or
 * unverifiable content). Throws XlsxLimitError naming the part or the sheet and the cell.
 */
export async function checkXlsxPackage(data: Uint8Array, limits: XlsxLimits): Promise<void> {
  if (data.length > limits.maxFileBytes) {
    throw new XlsxLimitError(
      msg(
        `tệp quá lớn (${data.length} byte; tối đa ${limits.maxFileBytes} byte)`,
        `the file is too large (${data.length} bytes; at most ${limits.maxFileBytes})`,
      ),
    );
  }
  const duplicate = firstDuplicateEntry(zipEntryNames(data) ?? []);
  if (duplicate !== undefined) {
    throw new XlsxLimitError(
      msg(
        `tệp nén có hai phần cùng tên "${duplicate}": Excel và thidua có thể đọc hai nội dung khác nhau, nên tệp bị từ chối (tệp đã bị sửa ngoài Excel); hãy mở bằng Excel và lưu lại`,
        `the package holds two parts named "${duplicate}": Excel and thidua could read different contents, so the file is refused (it was edited outside Excel); open it in Excel and save it again`,
      ),
    );
  }
  const zip = await loadJsZip().loadAsync(data);
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  const link = entries.find((f) => /^xl\/externalLinks\//i.test(f.name));
  if (link !== undefined) {
    throw new XlsxLimitError(
      msg(
        `bảng tính có liên kết tới một bảng tính khác ("${link.name}"): giá trị lấy từ tệp khác không kiểm tra được; hãy xóa liên kết (Dữ liệu → Sửa liên kết → Ngắt liên kết) rồi lưu lại`,
        `the workbook links to another workbook ("${link.name}"): values taken from another file cannot be checked; remove the link (Data → Edit Links → Break Link) and save again`,
      ),
    );
  }
  const tooBig = entries.find((f) => (declaredSize(f) ?? 0) > limits.maxEntryBytes);
  if (tooBig) throw new XlsxLimitError(new ZipEntryTooLargeError(tooBig.name, limits.maxEntryBytes).words);
  const declared = entries.reduce((sum, f) => sum + (declaredSize(f) ?? 0), 0);
  if (declared > limits.maxTotalBytes) throw totalTooLarge(limits);
  let total = 0;
  const sheetXml = new Map<string, string>();
  for (const entry of entries) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readZipEntry(
        zip,
        entry.name,
        Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total),
      );
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError) throw new XlsxLimitError(error.words);
      throw error;
    }
    total += bytes?.length ?? 0;
    if (bytes && /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      sheetXml.set(entry.name, Buffer.from(bytes).toString("utf8"));
    }
  }
  const names = new Map(
    [...(await sheetPartsByName(zip).catch(() => new Map<string, string>()))].map(([n, p]) => [p, n]),
  );
  for (const [part, xml] of sheetXml) {
    const outside = firstRefOutside(xml, limits);
    if (outside === undefined) continue;
    const sheet = names.get(part) ?? part;
    const corner = `${columnName(limits.maxColumns)}${limits.maxRows}`;
    const place = /^\d+$/.test(outside)
      ? msg(`dòng ${outside}`, `row ${outside}`)
      : msg(`ô ${outside}`, `cell ${outside}`);
    throw new XlsxLimitError(
      msg(
        `trang "${sheet}" có ${place.vi} nằm ngoài vùng đọc A1:${corner} (tối đa ${limits.maxRows} dòng, ${limits.maxColumns} cột); xóa các dòng, cột thừa rồi lưu lại`,
        `the sheet "${sheet}" reaches ${place.en}, outside the readable range A1:${corner} (at most ${limits.maxRows} rows, ${limits.maxColumns} columns); delete the extra rows and columns and save again`,
      ),
    );
  }
}

function totalTooLarge(limits: XlsxLimits): XlsxLimitError {
  return new XlsxLimitError(
    msg(
      `tệp nén giải nén ra hơn ${limits.maxTotalBytes} byte (tối đa ${limits.maxTotalBytes}); tệp có thể là "bom nén" hoặc không phải bảng tính của thidua`,
      `the package decompresses to more than ${limits.maxTotalBytes} bytes (at most ${limits.maxTotalBytes}); the file may be a zip bomb or not a thidua workbook`,
    ),
  );
}

/**
 * The first cell (`XFD1048576`) or row (`1048576`) in a sheet's XML past the bounds, or undefined: cells and
 * rows (`r`), merges (`ref`) and validations (`sqref`), which a library expands cell by cell.
 */
export function firstRefOutside(xml: string, limits: XlsxLimits): string | undefined {
  // Not a selection or a conditional format: those may span the whole sheet (Ctrl+A) and are never expanded. Nor
  // a row without cells: LibreOffice writes an empty row 1048576 after a row is deleted, and nothing reads it.
  const withoutEmptyRows = xml.replace(/<row\b[^>]*?(?:\/>|>\s*<\/row>)/g, "");
  for (const m of withoutEmptyRows.matchAll(
    /<(?:row|c|mergeCell|dataValidation)\b[^>]*?\s(?:r|ref|sqref)="([^"]*)"/g,
  )) {
    for (const token of m[1]!.split(/[\s:]+/)) {
      if (token === "") continue;
      if (/^\d+$/.test(token)) {
        if (Number(token) > limits.maxRows) return token;
        continue;
      }
      const plain = token.replace(/\$/g, "");
      const cell = parseCellRef(plain);
      // A whole column ("A:A") or a reference too long to parse reaches past any bound.
      if (!cell) {
        if (/^[A-Za-z]+\d*$/.test(plain)) return plain;
        continue;
      }
      if (cell.row > limits.maxRows || cell.column > limits.maxColumns) return plain;
    }
  }
  return undefined;
}

/** 1 → A, 256 → IV. */
function columnName(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}
