import fc from "fast-check";
import { findJsonSyntaxError, lineAndColumn } from "../../cli/findJsonSyntaxError";

/** Characters whose insertion or loss breaks JSON in the ways people break it by hand. */
const NOISE = [",", ":", '"', "'", "{", "}", "[", "]", "\\", "\n", "t", "0", ".", "-", "/", "x", " "];

describe("findJsonSyntaxError", () => {
  it("accepts exactly what JSON.parse accepts, for valid JSON and for JSON broken by one edit", () => {
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
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const found = findJsonSyntaxError(text);
        expect(found === undefined).toBe(parses);
        if (found !== undefined) {
          expect(found.position).toBeGreaterThanOrEqual(0);
          expect(found.position).toBeLessThanOrEqual(text.length);
          expect(found.reason.vi).not.toBe("");
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the token, not the end of the input, where V8 names no position", () => {
    expect(findJsonSyntaxError('{"a": tru}')?.position).toBe(6);
    expect(findJsonSyntaxError('{"a": "b}')?.position).toBe(6);
    expect(findJsonSyntaxError("[1, 2,]")?.position).toBe(5);
  });

  it("does not overflow on deep nesting", () => {
    expect(findJsonSyntaxError("[".repeat(100_000) + "]".repeat(100_000))).toBeUndefined();
    expect(findJsonSyntaxError("[".repeat(100_000))?.position).toBe(100_000);
  });
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
  });
});
