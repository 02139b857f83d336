// Control characters XML 1.0 cannot carry (tab and line feed can), CR (XML parsers turn it into LF), DEL (XML
// allows it, but ExcelJS drops it; Excel writes it as _x007F_ too) and U+FFFE/F.
// eslint-disable-next-line no-control-regex
const XML_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g;

/**
 * OOXML cannot carry most control characters: Excel writes them as `_xHHHH_` (ST_Xstring). ExcelJS decodes these
 * when reading but drops control characters when writing, so we encode before handing text to it; a literal
 * "_x0041_" in the text is protected as "_x005F_x0041_", as Excel does.
 */
export function encodeXmlText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(XML_UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Reverses `encodeXmlText`, as ExcelJS's reader does (the tests check the pair). */
export function decodeXmlText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
