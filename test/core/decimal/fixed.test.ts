import fc from "fast-check";
import { floorDiv, fromFixed, hasAtMostFourDecimals, roundRatio, toFixed } from "../../../core/decimal/fixed";

describe("fixed-point points", () => {
  it("adds tenths exactly: 0,1 + 0,2 = 0,3", () => {
    expect(fromFixed(toFixed(0.1) + toFixed(0.2))).toBe(0.3);
    expect(fromFixed(toFixed(97.5) + toFixed(9.75))).toBe(107.25);
  });

  it("accepts at most four decimal places", () => {
    expect(hasAtMostFourDecimals(0.1234)).toBe(true);
    expect(hasAtMostFourDecimals(0.12345)).toBe(false);
    expect(hasAtMostFourDecimals(Number.NaN)).toBe(false);
  });

  it("rounds a ratio half-up, half-even or down to the chosen decimals", () => {
    // 2/3 of a point to 2 decimals
    expect(fromFixed(roundRatio(2 * 10_000, 3, 2, "half-up"))).toBe(0.67);
    expect(fromFixed(roundRatio(2 * 10_000, 3, 2, "down"))).toBe(0.66);
    // 0,125 to 2 decimals: half-up 0,13, half-even 0,12
    expect(fromFixed(roundRatio(1250, 1, 2, "half-up"))).toBe(0.13);
    expect(fromFixed(roundRatio(1250, 1, 2, "half-even"))).toBe(0.12);
    expect(fromFixed(roundRatio(1350, 1, 2, "half-even"))).toBe(0.14);
    expect(fromFixed(roundRatio(-1250, 1, 2, "half-up"))).toBe(-0.13);
  });

  it("rounds huge ratios exactly through BigInt", () => {
    expect(roundRatio(2 ** 60, 3, 0, "down")).toBe(Number((2n ** 60n / 3n / 10_000n) * 10_000n));
  });

  it("floorDiv agrees with BigInt division for any operands", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (a, b) => {
          const expected = Number(BigInt(a) / BigInt(b) - (a % b !== 0 && a < 0 ? 1n : 0n));
          expect(floorDiv(a, b)).toBe(expected);
        },
      ),
    );
  });
});
