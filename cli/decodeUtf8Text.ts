import type { Localized } from "../core/i18n";
import { msg } from "../core/i18n";

export type DecodedText = { ok: true; text: string } | { ok: false; message: Localized };

/**
 * The text of a file that must be UTF-8: a UTF-8 byte-order mark (Notepad writes one) is dropped; UTF-16 and any
 * byte sequence that is not UTF-8 (a file saved as Latin-1 or Windows-1258) is refused, naming the line and the
 * first bad byte, instead of being read as mojibake.
 */
export function decodeUtf8Text(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      message: msg(
        "tệp được lưu dạng UTF-16; hãy lưu lại dạng UTF-8.",
        "the file is saved as UTF-16; save it again as UTF-8.",
      ),
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad !== undefined) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const hex = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, "0")}`;
    return {
      ok: false,
      message: msg(
        `tệp không phải UTF-8 (byte ${hex} ở dòng ${line}); có lẽ tệp được lưu bằng mã Latin-1 hoặc Windows-1258: hãy lưu lại dạng UTF-8.`,
        `the file is not UTF-8 (byte ${hex} on line ${line}); it was perhaps saved as Latin-1 or Windows-1258: save it again as UTF-8.`,
      ),
    };
  }
  return {
    ok: true,
    text: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString(),
  };
}

/**
 * The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or undefined.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number | undefined {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte narrows for E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
}
