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
});
