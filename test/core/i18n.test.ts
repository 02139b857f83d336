import fc from "fast-check";
import { formatFixed, formatNumber, MINUS } from "../../core/i18n/formatNumber";

describe("formatFixed", () => {
  it("When points are written in Vietnamese, then thousands take a dot and decimals a comma", () => {
    expect(formatFixed(14_860_000, "vi")).toBe("1.486");
    expect(formatFixed(975_000, "vi")).toBe("97,5");
    expect(formatFixed(12_345_672_500, "vi")).toBe("1.234.567,25");
  });

  it("When points are written in English, then thousands take a comma and decimals a point", () => {
    expect(formatFixed(14_865_000, "en")).toBe("1,486.5");
    expect(formatFixed(1, "en")).toBe("0.0001");
  });

  it("When a number is negative, then it starts with the minus sign and −0 is written 0", () => {
    expect(formatFixed(-5000, "vi")).toBe(`${MINUS}0,5`);
    expect(formatFixed(-200_000, "en")).toBe("−20");
    expect(formatFixed(-0, "vi")).toBe("0");
  });

  it("When minDecimals is asked for, then trailing zeros are kept up to it", () => {
    expect(formatFixed(260_000, "vi", 1)).toBe("26,0");
    expect(formatFixed(50_000, "vi", 2)).toBe("5,00");
    expect(formatFixed(485_000, "en", 2)).toBe("48.50");
    expect(formatFixed(12_345, "en", 2)).toBe("1.2345");
  });

  it("When the value is beyond 2^53, then BigInt keeps every digit", () => {
    expect(formatFixed(2n ** 60n + 1n, "en")).toBe("115,292,150,460,684.6977");
  });

  it("When any Fixed value is written, then reading it back gives the value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (v) => {
        const text = formatFixed(v, "en").replace(MINUS, "-").replace(/,/g, "");
        expect(Math.round(Number(text) * 10_000)).toBe(v + 0);
        expect(formatFixed(BigInt(v), "vi", 2)).toBe(formatFixed(v, "vi", 2));
      }),
    );
  });
});

describe("formatNumber", () => {
  it("When a typed number is written, then it reads as formatFixed writes its Fixed value", () => {
    expect(formatNumber(1486)).toBe("1.486");
    expect(formatNumber(97.5)).toBe("97,5");
    expect(formatNumber(1486.5, "en")).toBe("1,486.5");
    expect(formatNumber(-0.5, "en")).toBe("−0.5");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(5, "vi", 2)).toBe("5,00");
  });

  it("When whole numbers are written, then only those from 1.000 take the thousands separator", () => {
    const grouped = (v: number, sep: string) =>
      `${v < 0 ? MINUS : ""}${String(Math.abs(v)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)}`;
    for (let v = -1200; v <= 1200; v++) {
      expect(formatNumber(v, "vi")).toBe(grouped(v, "."));
      expect(formatNumber(v, "en")).toBe(grouped(v, ","));
    }
  });

  it("When a number has more than 4 decimals, then it is written to the nearest ten-thousandth", () => {
    expect(formatNumber(1 / 3, "en")).toBe("0.3333");
    expect(formatNumber(2 / 3, "vi")).toBe("0,6667");
  });
});

describe("formatNumber with fewer places", () => {
  it("When maxDecimals is 2, then the number is rounded half away from zero to 2 places", () => {
    expect(formatNumber(48.125, "vi", 2, 2)).toBe("48,13");
    expect(formatNumber(-48.125, "en", 0, 2)).toBe("−48.13");
    expect(formatNumber(48.1, "en", 2, 2)).toBe("48.10");
  });
});
