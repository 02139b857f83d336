import { printParseErrorCode, visit } from "jsonc-parser";
import { msg } from "../i18n/localized";
import type { JsonProblem } from "./jsonProblem";
import { jsonPath, lineAndColumn } from "./jsonProblem";
import type { SyntaxContext } from "./jsonSyntaxReason";
import { jsonSyntaxReason } from "./jsonSyntaxReason";
import { JsonValueBuilder } from "./jsonValueBuilder";

/** Bounds on a JSON text read from a file or an HTTP body. */
export type JsonLimits = {
  /** UTF-8 bytes of the text. */
  maxBytes: number;
  /** Objects and arrays nested inside each other. */
  maxDepth: number;
};

/** 5 MiB (a hundred times our largest sample) and 64 levels (our deepest file has 15). */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxBytes: 5 * 1024 * 1024, maxDepth: 64 };

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** Keys that would reach an object's prototype if a later step copied the value carelessly. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas) within the limits, and refuses what JSON.parse
 * would let through silently: a key written twice in one object, `__proto__`/`constructor`/`prototype` keys.
 * Never throws and never recurses deeper than the depth bound (checked before parsing), so a hostile text gives
 * one problem with its place and words, not a stack overflow.
 */
export function parseJsonText(text: string, limits: Partial<JsonLimits> = {}): ParseJsonResult {
  const { maxBytes, maxDepth } = { ...DEFAULT_JSON_LIMITS, ...limits };
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) return { ok: false, problem: tooLarge(maxBytes) };
  const deep = firstTooDeep(text, maxDepth);
  if (deep !== undefined) return { ok: false, problem: tooDeep(text, deep, maxDepth) };
  return parseWithinBounds(text);
}

function parseWithinBounds(text: string): ParseJsonResult {
  const built = new JsonValueBuilder();
  let problem: JsonProblem | undefined;
  // What the hints need: the last separator, whether a number preceded it, whether a key is expected.
  let lastSeparator: SyntaxContext["lastSeparator"];
  let lastWasNumber = false;
  let expectingKey = false;
  const begin = (kind: "object" | "array", offset: number) => {
    if (problem) return;
    built.begin(kind, offset);
    expectingKey = kind === "object";
    lastSeparator = undefined;
  };
  const end = (_offset: number, length: number) => {
    // A container closed without its bracket (length 0) is reported next by onError, which needs it still open.
    if (problem || length === 0) return;
    built.end();
    lastWasNumber = false;
    lastSeparator = undefined;
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => begin("object", offset),
      onArrayBegin: (offset) => begin("array", offset),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
        if (problem) return;
        expectingKey = false;
        const first = built.key(key, offset);
        problem = keyProblem(text, key, offset, first, [...pathSupplier(), key]);
      },
      onLiteralValue: (value: unknown) => {
        if (problem) return;
        built.add(value);
        lastWasNumber = typeof value === "number";
        lastSeparator = undefined;
      },
      onSeparator: (char, offset) => {
        if (problem) return;
        lastSeparator = {
          char: char === ":" ? ":" : ",",
          offset,
          afterNumber: char === "," && lastWasNumber,
        };
        if (char === ",") expectingKey = built.inObject;
      },
      onError: (error, offset, length) => {
        // Text that is not JSON at all is a syntax problem, even after a key problem was found earlier in it.
        if (problem?.code === "syntax") return;
        const open = [...built.open];
        const context = {
          text,
          error: printParseErrorCode(error),
          offset,
          length,
          open,
          lastSeparator,
          expectingKey,
        };
        problem = syntaxProblem(text, context);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return problem ? { ok: false, problem } : { ok: true, value: built.value };
}

function keyProblem(
  text: string,
  key: string,
  offset: number,
  firstOffset: number | undefined,
  segments: (string | number)[],
): JsonProblem | undefined {
  const path = jsonPath(segments);
  const { line, column } = lineAndColumn(text, offset);
  if (FORBIDDEN_KEYS.has(key)) {
    return {
      code: "forbidden-key",
      path,
      line,
      column,
      message: msg(
        `khóa "${key}" không được phép (${path}, dòng ${line}, cột ${column}); đổi tên khóa.`,
        `the key "${key}" is not allowed (${path}, line ${line}, column ${column}); rename it.`,
      ),
    };
  }
  if (firstOffset === undefined) return undefined;
  const first = lineAndColumn(text, firstOffset);
  return {
    code: "duplicate-key",
    path,
    line,
    column,
    message: msg(
      `khóa "${key}" ghi hai lần trong cùng một đối tượng (${path}, dòng ${line}, cột ${column}; lần đầu ở dòng ${first.line}, cột ${first.column}); mỗi khóa chỉ được ghi một lần.`,
      `the key "${key}" is written twice in one object (${path}, line ${line}, column ${column}; first at line ${first.line}, column ${first.column}); write each key once.`,
    ),
  };
}

function syntaxProblem(text: string, context: SyntaxContext): JsonProblem {
  const { offset, reason } = jsonSyntaxReason(context);
  const { line, column } = lineAndColumn(text, offset);
  return {
    code: "syntax",
    path: "",
    line,
    column,
    message: msg(
      `không phải JSON hợp lệ tại dòng ${line}, cột ${column}: ${reason.vi}.`,
      `not valid JSON at line ${line}, column ${column}: ${reason.en}.`,
    ),
  };
}

function tooLarge(maxBytes: number): JsonProblem {
  return {
    code: "too-large",
    path: "",
    line: 1,
    column: 1,
    message: msg(
      `nội dung JSON quá lớn: hơn ${maxBytes} byte (tối đa ${maxBytes} byte).`,
      `the JSON text is too large: over ${maxBytes} bytes (at most ${maxBytes}).`,
    ),
  };
}

function tooDeep(text: string, offset: number, maxDepth: number): JsonProblem {
  const { line, column } = lineAndColumn(text, offset);
  return {
    code: "too-deep",
    path: "",
    line,
    column,
    message: msg(
      `JSON lồng quá sâu tại dòng ${line}, cột ${column}: quá ${maxDepth} cấp {…} hoặc […] lồng nhau (tối đa ${maxDepth}).`,
      `the JSON nests too deep at line ${line}, column ${column}: over ${maxDepth} levels of {…} or […] (at most ${maxDepth}).`,
    ),
  };
}

/** The offset of the first `{` or `[` (outside strings) that opens level maxDepth + 1, if any. Iterative. */
function firstTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string; an unclosed one ends the scan (the parser reports it).
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** UTF-8 length of the text, counted only as far as needed to know it is over `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}
