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

  it("writes whole numbers with the thousands separator only from 1.000, and never -0", () => {
    const grouped = (v: number, sep: string) =>
      `${v < 0 ? "-" : ""}${String(Math.abs(v)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)}`;
    for (let v = -1200; v <= 1200; v++) {
      expect(formatNumber(v, "vi")).toBe(grouped(v, "."));
      expect(formatNumber(v, "en")).toBe(grouped(v, ","));
    }
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-999.5, "vi")).toBe("-999,5");
    expect(formatNumber(5, "vi", 2)).toBe("5,00");
  });
});
