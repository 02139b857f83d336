import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import { lineAndColumn } from "./jsonProblem";
import {
  badString,
  badWord,
  decimalComma,
  isDigit,
  leadingZeroNumber,
  mismatched,
  numberText,
  shown,
  tokenAt,
  wordAt,
} from "./jsonSyntaxHints";

/** An open `{` or `[` and where it opened, for "not closed" and "does not match" messages. */
export type OpenContainer = { open: "{" | "["; offset: number };

/** What the parser had read when it stopped, for the hints (decimal comma, trailing comma, unquoted name). */
export type SyntaxContext = {
  text: string;
  /** jsonc-parser's error name, e.g. "CommaExpected". */
  error: string;
  offset: number;
  length: number;
  open: readonly OpenContainer[];
  /** Offset of the last separator read (`,` or `:`) and whether the value before a comma was a number. */
  lastSeparator: { char: "," | ":"; offset: number; afterNumber: boolean } | undefined;
  /** True where a field name is expected (just after `{` or a comma in an object). */
  expectingKey: boolean;
};

/** Where the error is reported (it may be the comma before the token) and why, in words a person can act on. */
export type SyntaxReason = { offset: number; reason: Localized };

/** The first syntax error of a JSON text, as jsonc-parser reported it, turned into a position and a hint. */
export function jsonSyntaxReason(context: SyntaxContext): SyntaxReason {
  const { text, error, offset, length } = context;
  const token = text.slice(offset, offset + length);
  const at = (reason: Localized, where = offset): SyntaxReason => ({ offset: where, reason });
  if (text.slice(offset).trim() === "" && error !== "UnexpectedEndOfString") return endedEarly(context);
  switch (error) {
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return at(
        msg(
          "JSON không cho phép chú thích (// hoặc /* */); xóa chú thích",
          "JSON does not allow comments (// or /* */); remove the comment",
        ),
      );
    case "UnexpectedEndOfString":
      return at(
        /[\r\n]/.test(text[offset + length] ?? "")
          ? msg(
              'chuỗi chưa được đóng: thiếu dấu ngoặc kép (") trước khi hết dòng',
              'the string is not closed: a double quote (") is missing before the end of the line',
            )
          : msg(
              'chuỗi chưa được đóng: thiếu dấu ngoặc kép (") trước khi hết tệp',
              'the string is not closed: a double quote (") is missing before the end of the file',
            ),
      );
    case "InvalidCharacter":
    case "InvalidEscapeCharacter":
    case "InvalidUnicode":
      return badString(offset, token);
    case "UnexpectedEndOfNumber":
    case "InvalidNumberFormat":
      return at(
        /[eE][+-]?$/.test(token)
          ? msg(
              `số mũ của ${token} thiếu chữ số, ví dụ 1e3`,
              `the exponent of ${token} has no digits, e.g. 1e3`,
            )
          : msg(
              `số ${token} cần chữ số sau dấu chấm thập phân, ví dụ 97.5`,
              `the number ${token} needs a digit after the decimal point, e.g. 97.5`,
            ),
      );
    case "EndOfFileExpected":
      return at(
        msg(
          `có nội dung thừa (${shown(text[offset]!)}) sau khi giá trị JSON đã kết thúc; tệp chỉ chứa một giá trị`,
          `unexpected ${shown(text[offset]!)} after the end of the JSON value; a file holds one value`,
        ),
      );
    case "ColonExpected":
      return at(
        msg(
          `thiếu dấu hai chấm (:) sau tên trường, gặp ${shown(text[offset]!)}`,
          `a colon (:) is missing after the field name, found ${shown(text[offset]!)}`,
        ),
      );
    case "CommaExpected":
    case "CloseBraceExpected":
    case "CloseBracketExpected":
      return missingComma(context);
    default:
      return unexpectedToken(context, token);
  }
}

/** A token where a value or a field name belongs: a comma too many or misused, or a word that is not JSON. */
function unexpectedToken(context: SyntaxContext, token: string): SyntaxReason {
  const { text, offset, lastSeparator, expectingKey } = context;
  const c = text[offset]!;
  const at = (vi: string, en: string, where = offset): SyntaxReason => ({
    offset: where,
    reason: msg(vi, en),
  });
  if ((c === "}" || c === "]") && lastSeparator?.char === ",") {
    return at(
      `dấu phẩy thừa trước "${c}": sau mục cuối cùng không có dấu phẩy`,
      `trailing comma before "${c}": the last item has no comma after it`,
      lastSeparator.offset,
    );
  }
  if ((c === "}" || c === "]") && lastSeparator?.char === ":") {
    return at(
      `thiếu giá trị sau dấu hai chấm (:), gặp "${c}"`,
      `a value is missing after the colon (:), found "${c}"`,
    );
  }
  if (expectingKey && lastSeparator?.char === "," && lastSeparator.afterNumber && isDigit(c)) {
    return decimalComma(text, lastSeparator.offset);
  }
  if (c === "'") {
    return at(
      `chuỗi trong JSON dùng dấu ngoặc kép ("), không dùng dấu nháy đơn (')`,
      `JSON strings use double quotes ("), not single quotes (')`,
    );
  }
  const word = wordAt(text, offset);
  if (expectingKey && word !== "") {
    return at(
      `tên trường ${word} phải đặt trong dấu ngoặc kép ("${word}")`,
      `the field name ${word} must be in double quotes ("${word}")`,
    );
  }
  if (expectingKey) {
    return at(
      `gặp ${shown(c)}, cần tên trường trong dấu ngoặc kép`,
      `unexpected ${shown(c)}, expected a field name in double quotes`,
    );
  }
  if (c === "+" || c === ".") {
    return at(
      `số không hợp lệ bắt đầu bằng ${shown(c)}; viết như 5, -2, 0.5 hoặc 97.5`,
      `a number cannot start with ${shown(c)}; write 5, -2, 0.5 or 97.5`,
    );
  }
  if (c === "-") {
    return at(
      "dấu trừ (-) phải đứng ngay trước chữ số, ví dụ -2",
      "a minus sign (-) must be followed by a digit, e.g. -2",
    );
  }
  if (word !== "") return badWord(offset, word);
  return at(
    `gặp ${shown(c || token)}, cần một giá trị: số, chuỗi "…", true, false, null, đối tượng {…} hoặc danh sách […]`,
    `unexpected ${shown(c || token)}, expected a value: a number, a "string", true, false, null, an {object} or a [list]`,
  );
}

/** Two values without a comma between them, a leading zero, or a closing bracket of the wrong kind. */
function missingComma(context: SyntaxContext): SyntaxReason {
  const { text, offset, open } = context;
  const c = text[offset]!;
  const top = open[open.length - 1];
  if ((c === "}" || c === "]") && top !== undefined) return mismatched(text, offset, c, top);
  const numberStart = leadingZeroNumber(text, offset);
  if (numberStart !== undefined) {
    const written = numberText(text, numberStart);
    return {
      offset: numberStart,
      reason: msg(
        `số ${written} không được bắt đầu bằng chữ số 0; bỏ các số 0 ở đầu`,
        `the number ${written} cannot start with a 0; drop the leading zeros`,
      ),
    };
  }
  const token = tokenAt(text, offset);
  return {
    offset,
    reason: msg(
      `thiếu dấu phẩy (,) trước ${token}: các mục cách nhau bằng dấu phẩy`,
      `a comma (,) is missing before ${token}: items are separated by commas`,
    ),
  };
}

/** The text stops before the value is complete: empty, or a bracket left open. */
function endedEarly(context: SyntaxContext): SyntaxReason {
  const { text, error, open } = context;
  const top = open[open.length - 1];
  if (top === undefined) {
    return {
      offset: text.length,
      reason: msg("tệp trống, không có giá trị JSON nào", "the file is empty: there is no JSON value"),
    };
  }
  const closer = top.open === "{" ? "}" : "]";
  if (error === "ColonExpected" || error === "ValueExpected") {
    const waiting =
      error === "ColonExpected"
        ? msg("dấu hai chấm (:) và giá trị", "a colon (:) and a value")
        : msg("một giá trị", "a value");
    return {
      offset: text.length,
      reason: msg(
        `tệp kết thúc giữa chừng: còn thiếu ${waiting.vi}`,
        `the file ends too early: ${waiting.en} is missing`,
      ),
    };
  }
  const at = lineAndColumn(text, top.offset);
  return {
    offset: text.length,
    reason: msg(
      `tệp kết thúc giữa chừng: còn thiếu "${closer}" để đóng "${top.open}" mở ở dòng ${at.line}, cột ${at.column}`,
      `the file ends too early: "${closer}" is missing to close the "${top.open}" opened at line ${at.line}, column ${at.column}`,
    ),
  };
}
