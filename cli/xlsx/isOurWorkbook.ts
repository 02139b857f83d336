import { loadJsZip } from "./loadExcelJs";
import { readZipEntryText } from "./readZipEntry";

/** The creator renderXlsx writes into every workbook's document properties. */
export const WORKBOOK_CREATOR = "Thi Đua";

/**
 * Whether an .xlsx is a workbook thidua wrote and no program saved since: its creator is ours and its modified
 * time is still its created time (Excel and LibreOffice both update the modified time on save). A filled member
 * workbook, or anything else, is not ours: writeOutput will not replace it without --force.
 */
export async function isOurWorkbook(bytes: Buffer): Promise<boolean> {
  let core: string | undefined;
  try {
    const zip = await loadJsZip().loadAsync(bytes);
    core = await readZipEntryText(zip, "docProps/core.xml", 64 * 1024);
  } catch {
    return false;
  }
  if (core === undefined) return false;
  const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1];
  const created = /<dcterms:created[^>]*>([^<]*)</.exec(core)?.[1];
  const modified = /<dcterms:modified[^>]*>([^<]*)</.exec(core)?.[1];
  return creator === WORKBOOK_CREATOR && created !== undefined && created === modified;
}
