import { zipEntryNames } from "./zipEntryNames";

/**
 * What a file sent as a scoring workbook really is, from its first bytes, whatever its name says: an Excel workbook
 * (.xlsx), a LibreOffice spreadsheet (.ods, LibreOffice's default), an old Excel 97–2003 workbook (.xls), an .xlsx
 * with a password to open (Office encrypts it into the same container as .xls), a PDF, a text file (.csv), ….
 */
export type FileKind =
  | "xlsx"
  /** A zip whose directory cannot be read (a damaged or cut-off .xlsx): the zip reader says what is wrong. */
  | "damaged-zip"
  | "xlsb"
  | "ods"
  | "odf-other"
  | "docx"
  | "zip-other"
  | "xls"
  | "encrypted-office"
  | "ole-other"
  | "pdf"
  | "image"
  | "html"
  | "text"
  | "empty"
  | "unknown";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** The kind of file `data` holds, by content sniffing (magic bytes, a zip's entries, an OLE2 container's streams). */
export function sniffFileKind(data: Uint8Array): FileKind {
  if (data.length === 0) return "empty";
  if (startsWith(data, [0x50, 0x4b])) return zipKind(data);
  if (startsWith(data, OLE2)) return oleKind(data);
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 8192));
  // A PDF may carry a few bytes before its header (the format allows up to 1 024).
  if (head.subarray(0, 1024).includes("%PDF-", 0, "latin1")) return "pdf";
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || startsWith(data, [0xff, 0xd8, 0xff])) return "image";
  if (head.includes(0)) return isUtf16Text(head) ? textKind(head.toString("utf16le")) : "unknown";
  return textKind(head.toString("utf8"));
}

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

/**
 * An OpenDocument file names its type in a first, uncompressed entry "mimetype" (the format requires it); an
 * Office Open XML package is told by its parts.
 */
function zipKind(data: Uint8Array): FileKind {
  const mime = odfMimeType(data);
  if (mime !== undefined) return mime.startsWith(ODS_MIME) ? "ods" : "odf-other";
  const names = zipEntryNames(data);
  if (names === undefined) return "damaged-zip";
  if (names.includes("xl/workbook.bin")) return "xlsb";
  // Any spreadsheet part: the reader takes it from here (and says what is missing or too large).
  if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  if (names.includes("word/document.xml")) return "docx";
  return "zip-other";
}

/** The content of a zip's first entry when it is an uncompressed "mimetype" (local header at offset 0). */
function odfMimeType(data: Uint8Array): string | undefined {
  if (data.length < 30 || !startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extra = view.getUint16(28, true);
  const name = Buffer.from(data.buffer, data.byteOffset + 30, Math.min(nameLength, data.length - 30));
  if (method !== 0 || name.toString("latin1") !== "mimetype" || size > 200) return undefined;
  const start = 30 + nameLength + extra;
  if (start + size > data.length) return undefined;
  return Buffer.from(data.buffer, data.byteOffset + start, size).toString("latin1");
}

/**
 * An OLE2 compound file (Excel 97–2003, Word 97–2003, or an encrypted Office Open XML file) names its streams in
 * UTF-16 in its directory: "EncryptedPackage" for a password-protected .xlsx, "Workbook" (or "Book") for .xls.
 */
function oleKind(data: Uint8Array): FileKind {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const has = (stream: string) => bytes.includes(Buffer.from(stream, "utf16le"));
  if (has("EncryptedPackage")) return "encrypted-office";
  if (has("Workbook") || has("Book\u0000")) return "xls";
  return "ole-other";
}

/** UTF-16 with a byte-order mark, or with every other byte zero in its first bytes (ASCII text in UTF-16LE). */
function isUtf16Text(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  const sample = head.subarray(0, Math.min(head.length, 64));
  for (let i = 1; i < sample.length; i += 2) if (sample[i] !== 0) return false;
  return sample.length >= 2;
}

/** Text that a spreadsheet can export: a web page (Excel's "Save as Web Page", many ".xls" exports), else plain. */
function textKind(text: string): FileKind {
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.includes("<table"))
    return "html";
  // Control characters other than tab, line breaks, form feed and escape do not occur in a text file.
  const control = [...text].some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(code);
  });
  return control ? "unknown" : "text";
}
