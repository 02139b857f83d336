import type { Localized } from "../core/i18n";
import { msg } from "../core/i18n";

/** Where a JSON text first breaks the grammar (a character offset) and why, in words a person can act on. */
export type JsonSyntaxError = { position: number; reason: Localized };

type Container = { open: "{" | "["; position: number };

/** What the scanner expects next. */
type State = "value" | "firstValue" | "firstKey" | "key" | "colon" | "next" | "end";

const LITERALS = ["true", "false", "null"];

/**
 * The first syntax error of a JSON text (RFC 8259), or undefined when it is valid JSON. Node 20's JSON.parse often
 * names no position ("Unexpected token … is not valid JSON", "Unterminated string"), so the offending token is
 * found here: the start of a bad word or number, an unclosed string's opening quote, a trailing comma, the end of
 * a text that stops early. Iterative, so deep nesting cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Container[] = [];
  let state = "value" as State; // also set by valueDone, which narrowing does not follow
  let i = 0;
  /** The comma just read, for "trailing comma" and "decimal comma" messages. */
  let comma = -1;
  /** Whether the value before that comma was a number. */
  let afterNumber = false;
  const fail = (position: number, vi: string, en: string): JsonSyntaxError => ({
    position,
    reason: msg(vi, en),
  });

  /** A value ended at `end`: the container decides what follows. */
  const valueDone = (end: number, wasNumber: boolean) => {
    i = end;
    afterNumber = wasNumber;
    state = stack.length === 0 ? "end" : "next";
  };

  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      if (state === "end") return undefined;
      return endedEarly(text, stack, state);
    }
    const c = text[i]!;
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      return fail(
        i,
        "JSON không cho phép chú thích (// hoặc /* */); xóa chú thích",
        "JSON does not allow comments (// or /* */); remove the comment",
      );
    }
    switch (state) {
      case "end":
        return fail(
          i,
          `có nội dung thừa (${shown(c)}) sau khi giá trị JSON đã kết thúc; tệp chỉ chứa một giá trị`,
          `unexpected ${shown(c)} after the end of the JSON value; a file holds one value`,
        );
      case "colon":
        if (c !== ":")
          return fail(
            i,
            `thiếu dấu hai chấm (:) sau tên trường, gặp ${shown(c)}`,
            `a colon (:) is missing after the field name, found ${shown(c)}`,
          );
        i++;
        state = "value";
        comma = -1;
        continue;
      case "next": {
        const top = stack[stack.length - 1]!;
        if (c === ",") {
          comma = i++;
          state = top.open === "{" ? "key" : "value";
          continue;
        }
        if (c === "}" || c === "]") {
          const closes = c === "}" ? "{" : "[";
          if (top.open !== closes) return mismatched(text, i, c, top);
          stack.pop();
          valueDone(i + 1, false);
          continue;
        }
        const closer = top.open === "{" ? "}" : "]";
        if (startsValue(c)) {
          const token = tokenAt(text, i);
          return fail(
            i,
            `thiếu dấu phẩy (,) trước ${token}: các mục cách nhau bằng dấu phẩy`,
            `a comma (,) is missing before ${token}: items are separated by commas`,
          );
        }
        return fail(
          i,
          `gặp ${shown(c)}, cần dấu phẩy (,) hoặc "${closer}"`,
          `unexpected ${shown(c)}, expected a comma (,) or "${closer}"`,
        );
      }
      case "firstKey":
      case "key": {
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          i = end;
          state = "colon";
          continue;
        }
        if (c === "}" && state === "firstKey") {
          stack.pop();
          valueDone(i + 1, false);
          continue;
        }
        if (c === "}") return trailingComma(comma, "}");
        if (afterNumber && comma >= 0 && isDigit(c)) return decimalComma(text, comma);
        if (c === "'") return singleQuote(i);
        if (isWordStart(c)) {
          const word = wordAt(text, i);
          return fail(
            i,
            `tên trường ${word} phải đặt trong dấu ngoặc kép ("${word}")`,
            `the field name ${word} must be in double quotes ("${word}")`,
          );
        }
        return fail(
          i,
          `gặp ${shown(c)}, cần tên trường trong dấu ngoặc kép`,
          `unexpected ${shown(c)}, expected a field name in double quotes`,
        );
      }
      case "firstValue":
      case "value": {
        if (c === "]" && state === "firstValue") {
          stack.pop();
          valueDone(i + 1, false);
          continue;
        }
        if ((c === "]" || c === "}") && comma >= 0) return trailingComma(comma, c);
        if ((c === "]" || c === "}") && stack.length > 0) {
          return fail(
            i,
            `thiếu giá trị sau dấu hai chấm (:), gặp "${c}"`,
            `a value is missing after the colon (:), found "${c}"`,
          );
        }
        if (c === "{" || c === "[") {
          stack.push({ open: c, position: i });
          i++;
          state = c === "{" ? "firstKey" : "firstValue";
          comma = -1;
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          valueDone(end, false);
          continue;
        }
        if (c === "-" || isDigit(c)) {
          const end = scanNumber(text, i);
          if (typeof end !== "number") return end;
          valueDone(end, true);
          continue;
        }
        if (isWordStart(c)) {
          const word = wordAt(text, i);
          if (LITERALS.includes(word)) {
            valueDone(i + word.length, false);
            continue;
          }
          return badWord(i, word);
        }
        if (c === "'") return singleQuote(i);
        if (c === "+" || c === ".") {
          return fail(
            i,
            `số không hợp lệ bắt đầu bằng ${shown(c)}; viết như 5, -2, 0.5 hoặc 97.5`,
            `a number cannot start with ${shown(c)}; write 5, -2, 0.5 or 97.5`,
          );
        }
        return fail(
          i,
          `gặp ${shown(c)}, cần một giá trị: số, chuỗi "…", true, false, null, đối tượng {…} hoặc danh sách […]`,
          `unexpected ${shown(c)}, expected a value: a number, a "string", true, false, null, an {object} or a [list]`,
        );
      }
    }
  }
}

/** The offset just past the string opening at `start`, or why it is not a JSON string. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x0a || code === 0x0d) {
      return {
        position: start,
        reason: msg(
          'chuỗi chưa được đóng: thiếu dấu ngoặc kép (") trước khi hết dòng',
          'the string is not closed: a double quote (") is missing before the end of the line',
        ),
      };
    }
    if (code < 0x20) {
      return {
        position: i,
        reason: msg(
          `ký tự điều khiển ${shown(text[i]!)} không được đặt thẳng trong chuỗi; viết \\t cho tab`,
          `the control character ${shown(text[i]!)} cannot appear in a string as is; write \\t for a tab`,
        ),
      };
    }
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return {
            position: i,
            reason: msg(
              "mã thoát \\u cần đúng 4 chữ số hex (ví dụ \\u00e0)",
              "the \\u escape needs exactly 4 hex digits (e.g. \\u00e0)",
            ),
          };
        }
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i++;
      } else if (next !== undefined && next !== "\n" && next !== "\r") {
        return {
          position: i,
          reason: msg(
            `mã thoát \\${next} không hợp lệ; dấu \\ trong chuỗi viết là \\\\ (ví dụ đường dẫn C:\\\\du-lieu)`,
            `\\${next} is not a valid escape; write a backslash in a string as \\\\ (e.g. the path C:\\\\data)`,
          ),
        };
      }
    }
  }
  return {
    position: start,
    reason: msg(
      'chuỗi chưa được đóng: thiếu dấu ngoặc kép (") trước khi hết tệp',
      'the string is not closed: a double quote (") is missing before the end of the file',
    ),
  };
}

/** The offset just past the number starting at `start`, or why it is not a JSON number. */
function scanNumber(text: string, start: number): number | JsonSyntaxError {
  const bad = (vi: string, en: string): JsonSyntaxError => ({ position: start, reason: msg(vi, en) });
  let i = start;
  if (text[i] === "-") i++;
  if (!isDigit(text[i])) {
    return bad(
      "dấu trừ (-) phải đứng ngay trước chữ số, ví dụ -2",
      "a minus sign (-) must be followed by a digit, e.g. -2",
    );
  }
  if (text[i] === "0") {
    i++;
    if (isDigit(text[i])) {
      return bad(
        `số ${numberText(text, start)} không được bắt đầu bằng chữ số 0; bỏ các số 0 ở đầu`,
        `the number ${numberText(text, start)} cannot start with a 0; drop the leading zeros`,
      );
    }
  } else while (isDigit(text[i])) i++;
  if (text[i] === ".") {
    i++;
    if (!isDigit(text[i])) {
      return bad(
        `số ${numberText(text, start)} cần chữ số sau dấu chấm thập phân, ví dụ 97.5`,
        `the number ${numberText(text, start)} needs a digit after the decimal point, e.g. 97.5`,
      );
    }
    while (isDigit(text[i])) i++;
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    if (!isDigit(text[i])) {
      return bad(
        `số mũ của ${numberText(text, start)} thiếu chữ số, ví dụ 1e3`,
        `the exponent of ${numberText(text, start)} has no digits, e.g. 1e3`,
      );
    }
    while (isDigit(text[i])) i++;
  }
  if (isWordStart(text[i] ?? "")) {
    return bad(
      `số ${numberText(text, start)} không hợp lệ; một số chỉ gồm chữ số, dấu chấm thập phân và số mũ`,
      `${numberText(text, start)} is not a number; a number has only digits, a decimal point and an exponent`,
    );
  }
  return i;
}

function endedEarly(text: string, stack: readonly Container[], state: State): JsonSyntaxError {
  const top = stack[stack.length - 1];
  if (top === undefined) {
    return {
      position: text.length,
      reason: msg("tệp trống, không có giá trị JSON nào", "the file is empty: there is no JSON value"),
    };
  }
  const closer = top.open === "{" ? "}" : "]";
  const at = lineAndColumn(text, top.position);
  const waiting =
    state === "colon"
      ? msg("dấu hai chấm (:) và giá trị", "a colon (:) and a value")
      : state === "value"
        ? msg("một giá trị", "a value")
        : msg(`"${closer}"`, `"${closer}"`);
  return {
    position: text.length,
    reason: msg(
      `tệp kết thúc giữa chừng: còn thiếu ${waiting.vi}` +
        (state === "next" || state === "firstKey" || state === "firstValue"
          ? ` để đóng "${top.open}" mở ở dòng ${at.line}, cột ${at.column}`
          : ""),
      `the file ends too early: ${waiting.en} is missing` +
        (state === "next" || state === "firstKey" || state === "firstValue"
          ? ` to close the "${top.open}" opened at line ${at.line}, column ${at.column}`
          : ""),
    ),
  };
}

function mismatched(text: string, i: number, c: string, top: Container): JsonSyntaxError {
  const at = lineAndColumn(text, top.position);
  const closer = top.open === "{" ? "}" : "]";
  return {
    position: i,
    reason: msg(
      `"${c}" không khớp với "${top.open}" mở ở dòng ${at.line}, cột ${at.column}; cần "${closer}"`,
      `"${c}" does not match the "${top.open}" opened at line ${at.line}, column ${at.column}; expected "${closer}"`,
    ),
  };
}

function trailingComma(comma: number, closer: string): JsonSyntaxError {
  return {
    position: comma,
    reason: msg(
      `dấu phẩy thừa trước "${closer}": sau mục cuối cùng không có dấu phẩy`,
      `trailing comma before "${closer}": the last item has no comma after it`,
    ),
  };
}

function decimalComma(text: string, comma: number): JsonSyntaxError {
  let start = comma;
  while (start > 0 && /[0-9.-]/.test(text[start - 1]!)) start--;
  let end = comma + 1;
  while (end < text.length && isDigit(text[end])) end++;
  const written = text.slice(start, end);
  return {
    position: comma,
    reason: msg(
      `số thập phân trong JSON dùng dấu chấm: viết ${written.replace(",", ".")} thay cho ${written}`,
      `decimals in JSON use a point: write ${written.replace(",", ".")}, not ${written}`,
    ),
  };
}

function singleQuote(i: number): JsonSyntaxError {
  return {
    position: i,
    reason: msg(
      `chuỗi trong JSON dùng dấu ngoặc kép ("), không dùng dấu nháy đơn (')`,
      `JSON strings use double quotes ("), not single quotes (')`,
    ),
  };
}

function badWord(i: number, word: string): JsonSyntaxError {
  const lower = word.toLowerCase();
  const meant = LITERALS.find((l) => l === lower || (word.length >= 2 && l.startsWith(lower)));
  return {
    position: i,
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

/** The token starting at `i` as written (a string with its quotes, a word, a number), shortened. */
function tokenAt(text: string, i: number): string {
  const c = text[i]!;
  if (c === "{" || c === "[") return `"${c}"`;
  let end = i + 1;
  if (c === '"') {
    while (end < text.length && text[end] !== '"' && text[end] !== "\n") end++;
    end++;
  } else {
    while (end < text.length && /[\p{L}\p{N}_$.+-]/u.test(text[end]!)) end++;
  }
  const token = text.slice(i, Math.min(end, text.length));
  return token.length > 24 ? `${token.slice(0, 23)}…` : token;
}

function numberText(text: string, start: number): string {
  let end = start + 1;
  while (end < text.length && /[0-9A-Za-z.+-]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

function wordAt(text: string, i: number): string {
  let end = i;
  while (end < text.length && /[\p{L}\p{N}_$]/u.test(text[end]!)) end++;
  return text.slice(i, Math.max(end, i + 1));
}

/** How a character is shown in a message: quoted, or by its code point when it is invisible. */
function shown(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || c.trim() === "") {
    return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `"${c}"`;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isWordStart(c: string): boolean {
  return /[\p{L}_$]/u.test(c);
}

function startsValue(c: string): boolean {
  return c === '"' || c === "{" || c === "[" || c === "-" || isDigit(c) || isWordStart(c);
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(position, text.length) - lineStart + 1 };
}
