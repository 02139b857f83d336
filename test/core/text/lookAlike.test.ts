import fc from "fast-check";
import { findHiddenCharacter, lookAlikeKey, normalizeVisibleText } from "../../../core/text";

const HIDDEN = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];
const SPACES = ["  ", "\u00a0", " \u00a0", "\t", "\u2009"];
/** Vietnamese-looking names: letters with marks, single spaces between words. */
const word = fc.constantFrom(
  "Sở",
  "Tư",
  "pháp",
  "Ủy",
  "ban",
  "Nhân",
  "dân",
  "Huyện",
  "Đồng",
  "Văn",
  "Kiểm",
  "tra",
);
const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

describe("names that look the same share one lookAlikeKey", () => {
  it("a name with an invisible character, a double or non-breaking space, or another case looks the same", () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(...HIDDEN),
        fc.constantFrom(...SPACES),
        fc.nat(),
        (n, hidden, space, at) => {
          const cut = at % (n.length + 1);
          const withHidden = n.slice(0, cut) + hidden + n.slice(cut);
          const spaced = n.replace(" ", space);
          expect(lookAlikeKey(withHidden)).toBe(lookAlikeKey(n));
          expect(lookAlikeKey(spaced)).toBe(lookAlikeKey(n));
          expect(lookAlikeKey(` ${n.toLocaleUpperCase("vi")} `)).toBe(lookAlikeKey(n));
          expect(lookAlikeKey(n.normalize("NFD"))).toBe(lookAlikeKey(n));
        },
      ),
    );
  });

  it("names that differ in a letter or a mark keep different keys", () => {
    expect(lookAlikeKey("Sở Tư pháp")).not.toBe(lookAlikeKey("Sở Tư phap"));
    expect(lookAlikeKey("Huyện Đồng Văn")).not.toBe(lookAlikeKey("Huyện Dồng Văn"));
  });

  it("normalizeVisibleText gives NFC with one space between words and none at the ends", () => {
    expect(normalizeVisibleText("  Sở\u00a0\u00a0Tư  pháp\t")).toBe("Sở Tư pháp");
    expect(normalizeVisibleText("Sở".normalize("NFD"))).toBe("Sở".normalize("NFC"));
  });
});

describe("findHiddenCharacter", () => {
  it("finds every invisible character wherever it stands, and says where", () => {
    fc.assert(
      fc.property(name, fc.constantFrom(...HIDDEN), fc.nat(), (n, hidden, at) => {
        const cut = at % (n.length + 1);
        const found = findHiddenCharacter(n.slice(0, cut) + hidden + n.slice(cut));
        expect(found).toEqual({ index: cut, codePoint: hidden.codePointAt(0), kind: "invisible" });
      }),
    );
  });

  it("finds control characters and direction overrides; plain names have none", () => {
    expect(findHiddenCharacter("Sở\u0007Tư")?.kind).toBe("control");
    expect(findHiddenCharacter("abc\u202edcb")?.kind).toBe("bidi");
    expect(findHiddenCharacter("dòng một\ndòng hai")?.kind).toBe("control");
    expect(findHiddenCharacter("dòng một\ndòng hai", { allowLineBreaks: true })).toBeUndefined();
    fc.assert(fc.property(name, (n) => expect(findHiddenCharacter(n)).toBeUndefined()));
  });
});
