import { formatNumber } from "../../core/i18n/formatNumber";

describe("formatNumber", () => {
  it("writes Vietnamese thousands with a dot and decimals with a comma", () => {
    expect(formatNumber(1486)).toBe("1.486");
    expect(formatNumber(97.5)).toBe("97,5");
    expect(formatNumber(1234567.25, "vi")).toBe("1.234.567,25");
    expect(formatNumber(26, "vi", 1)).toBe("26,0");
  });

  it("writes English with comma thousands and a decimal point", () => {
    expect(formatNumber(1486.5, "en")).toBe("1,486.5");
    expect(formatNumber(-0.5, "en")).toBe("-0.5");
  });
});
