import fc from "fast-check";
import { fromFixed } from "../../../core/decimal/fixed";
import { formatNumber } from "../../../core/i18n/formatNumber";
import { formatPoints, formatValue } from "../../../core/scoring/formatPoints";

describe("formatPoints", () => {
  it("writes Vietnamese and English points without trailing zeros", () => {
    expect(formatPoints(975_000, "vi")).toBe("97,5");
    expect(formatPoints(14_862_500, "vi")).toBe("1.486,25");
    expect(formatPoints(14_862_500, "en")).toBe("1,486.25");
    expect(formatPoints(5, "vi")).toBe("0,0005");
    expect(formatPoints(-200_000, "vi")).toBe("−20");
    expect(formatPoints(0, "en")).toBe("0");
  });

  it("agrees with formatNumber for any Fixed value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        fc.constantFrom("vi" as const, "en" as const),
        (v, lang) => {
          expect(formatPoints(v, lang)).toBe(formatNumber(fromFixed(v), lang).replace("-", "−"));
        },
      ),
    );
  });

  it("writes typed values (counts, quantities, percents) the same way", () => {
    expect(formatValue(8, "vi")).toBe("8");
    expect(formatValue(1486, "vi")).toBe("1.486");
    expect(formatValue(92.5, "vi")).toBe("92,5");
    expect(formatValue(0.0001, "en")).toBe("0.0001");
  });
});
