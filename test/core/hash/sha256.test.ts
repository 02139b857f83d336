import { createHash } from "node:crypto";
import { Sha256, sha256Hex } from "../../../core/hash/sha256";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with Node's crypto on Vietnamese text of every padding length", () => {
    for (let n = 0; n < 130; n++) {
      const text = "Sở Nội vụ – Khối thi đua ".repeat(3).slice(0, n);
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("Sha256", () => {
  const text =
    "Công an tỉnh xếp trên Tòa án nhân dân tỉnh do điểm mục I cao hơn (48,5 so với 47,0) 😀 ".repeat(40);

  it("gives the hash of the whole text when it is fed in pieces of any size", () => {
    const whole = createHash("sha256").update(text, "utf8").digest("hex");
    for (const size of [1, 3, 63, 64, 65, 511, 512, 700, 5000]) {
      const hash = new Sha256();
      // Cut between code points (Array.from keeps surrogate pairs together), as a writer feeding JSON does.
      const chars = Array.from(text);
      for (let i = 0; i < chars.length; i += size) hash.update(chars.slice(i, i + size).join(""));
      expect(hash.digest()).toBe(whole);
    }
  });

  it("encodes a lone surrogate as U+FFFD like TextEncoder, in short and long texts", () => {
    for (const t of ["a\ud800b", "\udc00", "x".repeat(600) + "\ud83d"]) {
      expect(sha256Hex(t)).toBe(createHash("sha256").update(new TextEncoder().encode(t)).digest("hex"));
    }
  });

  it("keeps a surrogate pair whole across its internal chunks of a long text", () => {
    for (const pad of [65_535, 65_534, 131_071]) {
      const t = "x".repeat(pad) + "😀 Khối thi đua";
      expect(sha256Hex(t)).toBe(createHash("sha256").update(t, "utf8").digest("hex"));
    }
  });

  it("refuses to be fed after its digest", () => {
    const hash = new Sha256().update("abc");
    expect(hash.digest()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(() => hash.update("d")).toThrow("digest");
  });
});
