import fc from "fast-check";
import { jsonPath, lineAndColumn, parseJsonText } from "../../../core/json";

/** Characters whose insertion or loss breaks JSON in the ways people break it by hand. */
const NOISE = [",", ":", '"', "'", "{", "}", "[", "]", "\\", "\n", "t", "0", ".", "-", "/", "x", " "];

function problemOf(text: string, limits = {}) {
  const parsed = parseJsonText(text, limits);
  if (parsed.ok) throw new Error(`parsed: ${text}`);
  return parsed.problem;
}

describe("parseJsonText", () => {
  it("gives what JSON.parse gives for valid JSON, and refuses exactly what it refuses after one edit", () => {
    const edited = fc
      .tuple(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom(...NOISE),
        fc.constantFrom("insert", "delete", "replace"),
      )
      .map(([text, at, c, edit]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        if (edit === "insert") return text.slice(0, i) + c + text.slice(i);
        if (edit === "delete") return text.slice(0, i) + text.slice(i + 1);
        return text.slice(0, i) + c + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 3 }), edited), (text) => {
        let expected: unknown;
        let parses = true;
        try {
          expected = JSON.parse(text);
        } catch {
          parses = false;
        }
        const parsed = parseJsonText(text);
        if (parsed.ok) {
          expect(parses).toBe(true);
          expect(parsed.value).toEqual(expected);
          return;
        }
        const { code, line, column, message } = parsed.problem;
        // What JSON.parse accepts is refused only for a key written twice or a prototype key; text that is not JSON
        // is a syntax problem even when such a key comes before the syntax error (`{"__proto__",:false}`).
        if (parses) expect(["duplicate-key", "forbidden-key"]).toContain(code);
        else expect(code).toBe("syntax");
        expect(line).toBeGreaterThanOrEqual(1);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(message.vi).toMatch(/\.$/);
        expect(message.vi).not.toMatch(/Unexpected|Expected|undefined/);
      }),
      { numRuns: 3000 },
    );
  });

  it("reports text that is not JSON as a syntax problem, even after a prototype or repeated key", () => {
    expect(problemOf('{"__proto__",:false}')).toMatchObject({ code: "syntax" });
    expect(problemOf('{"":null,""  ":"    "," #":-5.19e-259}')).toMatchObject({ code: "syntax" });
  });

  it("names the place of the first syntax error, not the end of the text", () => {
    expect(problemOf('{"a": tru}')).toMatchObject({ code: "syntax", line: 1, column: 7 });
    expect(problemOf('{"a": "b}')).toMatchObject({ line: 1, column: 7 });
    expect(problemOf("[1, 2,]")).toMatchObject({ column: 6 });
    expect(problemOf('{\n  "a": 01\n}').message.en).toBe(
      "not valid JSON at line 2, column 8: the number 01 cannot start with a 0; drop the leading zeros.",
    );
    expect(problemOf('{"a": [1}').message.en).toBe(
      'not valid JSON at line 1, column 9: "}" does not match the "[" opened at line 1, column 7; expected "]".',
    );
    expect(problemOf('["\\x"]').message.vi).toMatch(/cột 3: mã thoát \\x không hợp lệ/);
  });

  it("refuses comments and trailing commas: strict JSON, as the files are documented", () => {
    expect(problemOf('{"a": 1 /* x */}').message.en).toMatch(/column 9: JSON does not allow comments/);
    expect(problemOf('{"a": [1, 2,]}').message.en).toMatch(/column 12: trailing comma before "]"/);
  });

  it("refuses a key written twice, naming both places and the path", () => {
    const text =
      '{\n  "unitId": "cong-an-tinh",\n  "entries": {"I.1": {"points": 5, "points": 6}},\n  "unitId": "tand-tinh"\n}';
    expect(problemOf(text)).toMatchObject({ code: "duplicate-key", path: 'entries["I.1"].points', line: 3 });
    const top = '{\n  "unitId": "cong-an-tinh",\n  "unitId": "tand-tinh"\n}';
    expect(problemOf(top)).toEqual({
      code: "duplicate-key",
      path: "unitId",
      line: 3,
      column: 3,
      message: {
        vi: 'khóa "unitId" ghi hai lần trong cùng một đối tượng (unitId, dòng 3, cột 3; lần đầu ở dòng 2, cột 3); mỗi khóa chỉ được ghi một lần.',
        en: 'the key "unitId" is written twice in one object (unitId, line 3, column 3; first at line 2, column 3); write each key once.',
      },
    });
    // The same key in two different objects is no duplicate.
    expect(parseJsonText('[{"a": 1}, {"a": 2}]')).toEqual({ ok: true, value: [{ a: 1 }, { a: 2 }] });
  });

  it("refuses keys that reach an object's prototype, and never sets one", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const problem = problemOf(`{"entries": {"${key}": {"isAdmin": true}}}`);
      expect(problem).toMatchObject({ code: "forbidden-key", path: `entries.${key}`, line: 1, column: 14 });
    }
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it("refuses nesting past the bound cleanly, however deep, without a stack overflow", () => {
    for (const depth of [65, 5_000, 1_000_000]) {
      const problem = problemOf("[".repeat(depth) + "]".repeat(depth));
      expect(problem).toMatchObject({ code: "too-deep", line: 1, column: 65 });
      expect(problem.message.vi).toContain("quá 64 cấp");
    }
    expect(parseJsonText("[".repeat(64) + "]".repeat(64)).ok).toBe(true);
    // Brackets inside strings are text, not nesting.
    expect(parseJsonText(JSON.stringify({ a: "[".repeat(100) })).ok).toBe(true);
    expect(problemOf('{"a": [[[1]]]}', { maxDepth: 3 }).column).toBe(9);
  });

  it("refuses a text over the size bound, counting UTF-8 bytes", () => {
    expect(problemOf(JSON.stringify("x".repeat(200)), { maxBytes: 100 }).code).toBe("too-large");
    // 60 characters of Vietnamese are 60 to 180 bytes.
    expect(parseJsonText(JSON.stringify("ệ".repeat(30)), { maxBytes: 100 }).ok).toBe(true);
    expect(problemOf(JSON.stringify("ệ".repeat(33)), { maxBytes: 100 }).message.en).toBe(
      "the JSON text is too large: over 100 bytes (at most 100).",
    );
  });
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
  });
});

describe("jsonPath", () => {
  it("writes plain keys with dots, indexes in brackets and other keys quoted", () => {
    expect(jsonPath(["sections", 0, "children", 2, "max"])).toBe("sections[0].children[2].max");
    expect(jsonPath(["entries", "I.1", "points"])).toBe('entries["I.1"].points');
    expect(jsonPath(["tên"])).toBe("tên");
    expect(jsonPath([])).toBe("");
  });
});
