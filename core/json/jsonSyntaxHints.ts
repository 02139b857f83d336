import { msg } from "../i18n/localized";
import { lineAndColumn } from "./jsonProblem";
import type { OpenContainer, SyntaxReason } from "./jsonSyntaxReason";

// The hints of jsonSyntaxReason: each looks at the text around the error and says what to write instead.

const LITERALS = ["true", "false", "null"];

/** A string with a raw control character, a bad escape or a short \u escape: points at the culprit inside it. */
export function badString(offset: number, token: string): SyntaxReason {
  for (let i = 1; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x20) {
      return {
        offset: offset + i,
        reason: msg(
          `ký tự điều khiển ${shown(token[i]!)} không được đặt thẳng trong chuỗi; viết \\t cho tab`,
          `the control character ${shown(token[i]!)} cannot appear in a string as is; write \\t for a tab`,
        ),
      };
    }
    if (token[i] !== "\\") continue;
    const next = token[i + 1] ?? "";
    if (next === "u" && !/^[0-9a-fA-F]{4}$/.test(token.slice(i + 2, i + 6))) {
      return {
        offset: offset + i,
        reason: msg(
          "mã thoát \\u cần đúng 4 chữ số hex (ví dụ \\u00e0)",
          "the \\u escape needs exactly 4 hex digits (e.g. \\u00e0)",
        ),
      };
    }
    if (!'"\\/bfnrtu'.includes(next) || next === "") {
      return {
        offset: offset + i,
        reason: msg(
          `mã thoát \\${next} không hợp lệ; dấu \\ trong chuỗi viết là \\\\ (ví dụ đường dẫn C:\\\\du-lieu)`,
          `\\${next} is not a valid escape; write a backslash in a string as \\\\ (e.g. the path C:\\\\data)`,
        ),
      };
    }
    i++;
  }
  return { offset, reason: msg("chuỗi không hợp lệ", "the string is not valid") };
}

export function mismatched(text: string, offset: number, c: string, top: OpenContainer): SyntaxReason {
  const at = lineAndColumn(text, top.offset);
  const closer = top.open === "{" ? "}" : "]";
  return {
    offset,
    reason: msg(
      `"${c}" không khớp với "${top.open}" mở ở dòng ${at.line}, cột ${at.column}; cần "${closer}"`,
      `"${c}" does not match the "${top.open}" opened at line ${at.line}, column ${at.column}; expected "${closer}"`,
    ),
  };
}

export function decimalComma(text: string, comma: number): SyntaxReason {
  let start = comma;
  while (start > 0 && /[0-9.-]/.test(text[start - 1]!)) start--;
  let end = comma + 1;
  while (end < text.length && isDigit(text[end]!)) end++;
  const written = text.slice(start, end);
  return {
    offset: comma,
    reason: msg(
      `số thập phân trong JSON dùng dấu chấm: viết ${written.replace(",", ".")} thay cho ${written}`,
      `decimals in JSON use a point: write ${written.replace(",", ".")}, not ${written}`,
    ),
  };
}

export function badWord(offset: number, word: string): SyntaxReason {
  const lower = word.toLowerCase();
  const meant = LITERALS.find((l) => l === lower || (word.length >= 2 && l.startsWith(lower)));
  return {
    offset,
    reason:
      meant === undefined
        ? msg(
            `giá trị ${word} không hợp lệ; chuỗi phải đặt trong dấu ngoặc kép ("${word}")`,
            `${word} is not a JSON value; a string goes in double quotes ("${word}")`,
          )
        : msg(
            `giá trị ${word} không hợp lệ; có phải ${meant}? (viết thường, đủ chữ)`,
            `${word} is not a JSON value; did you mean ${meant}? (lower case, in full)`,
          ),
  };
}

/** Where a number written with a leading zero starts, when the digit at `offset` continues it (`01`). */
export function leadingZeroNumber(text: string, offset: number): number | undefined {
  if (!isDigit(text[offset] ?? "") || text[offset - 1] !== "0") return undefined;
  let start = offset - 1;
  if (text[start - 1] === "-") start--;
  return /[0-9.]/.test(text[start - 1] ?? "") ? undefined : start;
}

/** The token starting at `offset` as written (a string with its quotes, a word, a number), shortened. */
export function tokenAt(text: string, offset: number): string {
  const c = text[offset]!;
  if (c === "{" || c === "[") return `"${c}"`;
  let end = offset + 1;
  if (c === '"') {
    while (end < text.length && text[end] !== '"' && text[end] !== "\n") end++;
    end++;
  } else {
    while (end < text.length && /[\p{L}\p{N}_$.+-]/u.test(text[end]!)) end++;
  }
  const token = text.slice(offset, Math.min(end, text.length));
  return token.length > 24 ? `${token.slice(0, 23)}…` : token;
}

export function numberText(text: string, start: number): string {
  let end = start + 1;
  while (end < text.length && /[0-9A-Za-z.+-]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

export function wordAt(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && /[\p{L}\p{N}_$]/u.test(text[end]!)) end++;
  return /^[\p{L}_$]/u.test(text[offset] ?? "") ? text.slice(offset, end) : "";
}

/** How a character is shown in a message: quoted, or by its code point when it is invisible. */
export function shown(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || c.trim() === "") {
    return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `"${c}"`;
}

export function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
