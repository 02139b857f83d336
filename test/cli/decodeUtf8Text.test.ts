import fc from "fast-check";
import { decodeUtf8Text, firstInvalidUtf8 } from "../../cli/decodeUtf8Text";

describe("firstInvalidUtf8", () => {
  it("finds a bad byte exactly when a strict UTF-8 decoder refuses the bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const text = fc.string({ unit: "binary" }).map((s) => new TextEncoder().encode(s));
    const noisy = fc.tuple(text, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([bytes, at, b]) => {
      const copy = Uint8Array.from(bytes);
      if (copy.length > 0) copy[at % copy.length] = b;
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(text, noisy, fc.uint8Array()), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses overlong forms, surrogates and code points past U+10FFFF", () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xe1, 0xbb]))).toBe(0);
  });
});

describe("decodeUtf8Text", () => {
  it("drops a UTF-8 byte-order mark and keeps the text", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Sở Tư pháp")]);
    expect(decodeUtf8Text(bytes)).toEqual({ ok: true, text: "Sở Tư pháp" });
  });
});
