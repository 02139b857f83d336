import { loadJsZip } from "./loadExcelJs";

/** What `<workbookProtection>` says: the structure is locked (no password, like the sheets' protection). */
const PROTECTION = '<workbookProtection lockStructure="1"/>';

/**
 * Locks the workbook's structure in an .xlsx package written by ExcelJS, which has no API for it: a
 * `<workbookProtection lockStructure="1"/>` in xl/workbook.xml, where the schema puts it (after `workbookPr`, before
 * `bookViews`/`sheets`). Excel and LibreOffice then refuse to add, rename, move, delete, hide or show a sheet — the
 * hidden _thidua sheet above all — until the structure is unprotected. It guards against slips, not attackers (no
 * password; the reader's checks catch edits).
 */
export async function protectWorkbookStructure(buffer: Buffer): Promise<Buffer> {
  const zip = await loadJsZip().loadAsync(buffer);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("protectWorkbookStructure: the package has no xl/workbook.xml");
  zip.file("xl/workbook.xml", withStructureLocked(await part.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** workbook.xml with its structure locked: an existing `<workbookProtection>` is replaced. */
export function withStructureLocked(xml: string): string {
  const existing = /<workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/workbookProtection>)/;
  if (existing.test(xml)) return xml.replace(existing, PROTECTION);
  const next = /<(bookViews|sheets)\b/.exec(xml);
  if (!next) throw new Error("protectWorkbookStructure: workbook.xml has no <sheets>");
  return `${xml.slice(0, next.index)}${PROTECTION}${xml.slice(next.index)}`;
}
