import { canonicalJson } from "../../../core/hash/canonicalJson";

describe("canonicalJson", () => {
  it("gives the same text whatever the key order, and drops undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x"], c: null }, e: undefined })).toBe(
      canonicalJson({ a: { c: null, d: [1, "x"] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it("refuses numbers JSON cannot represent", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });

  it("writes integer-like keys, nested unsorted objects and undefined array items in sorted, JSON form", () => {
    expect(canonicalJson({ "2": 1, "10": 2, b: { y: [undefined, 1], x: 2 }, a: undefined })).toBe(
      '{"10":2,"2":1,"b":{"x":2,"y":[null,1]}}',
    );
    expect(canonicalJson({ entries: { "1.2": { score: 1 }, "1.10": { passed: true, evidence: [] } } })).toBe(
      '{"entries":{"1.10":{"evidence":[],"passed":true},"1.2":{"score":1}}}',
    );
  });

  it("writes a function as null, a class instance or date by its own fields, and leaves its input untouched", () => {
    class Point {
      y = 2;
      x = 1;
    }
    const input = { p: new Point(), d: new Date(0), f: () => 1 };
    expect(canonicalJson(input)).toBe('{"d":{},"f":null,"p":{"x":1,"y":2}}');
    expect(Object.keys(input.p)).toEqual(["y", "x"]);
  });
});
