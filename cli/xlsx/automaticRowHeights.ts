import { loadJsZip } from "./loadExcelJs";

/** Worksheet parts of a package: xl/worksheets/sheetN.xml. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Marks the row heights ExcelJS wrote as automatic (drops `customHeight="1"`, keeps `ht`). The heights are only
 * estimates of what the wrapped text needs (core/sheets/rowHeights): a row marked custom stays that tall in Excel
 * and LibreOffice whatever is typed into it later, so a long note or evidence typed by the unit would be cut off
 * on the printout. Without the mark both programs show the estimate on opening and fit the row again when one of
 * its cells is edited.
 */
export async function automaticRowHeights(buffer: Buffer): Promise<Buffer> {
  const zip = await loadJsZip().loadAsync(buffer);
  const sheets = Object.keys(zip.files).filter((path) => WORKSHEET.test(path));
  let changed = false;
  for (const path of sheets) {
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined) continue;
    const automatic = xml.replace(/<row\b[^>]*>/g, (row) => row.replace(/\s+customHeight="1"/, ""));
    if (automatic === xml) continue;
    zip.file(path, automatic);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : buffer;
}
