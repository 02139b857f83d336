import fc from "fast-check";
import { roundRatio } from "../../../core/decimal/fixed";
import { clampFixed, roundPoints } from "../../../core/scoring/roundPoints";

describe("roundPoints", () => {
  it("rounds a ratio with the table's decimals and mode", () => {
    expect(roundPoints(100_000, 3, { decimals: 2, mode: "half-up" })).toBe(33_300);
    expect(roundPoints(12_500, 1, { decimals: 1, mode: "half-up" })).toBe(13_000);
    expect(roundPoints(12_500, 1, { decimals: 1, mode: "half-even" })).toBe(12_000);
    expect(roundPoints(-12_500, 1, { decimals: 1, mode: "half-up" })).toBe(-13_000);
    expect(roundPoints(19_999, 1, { decimals: 0, mode: "down" })).toBe(10_000);
  });

  it("is exact beyond 2^53 through BigInt", () => {
    // (2^60 + 1) / 2^60 points = 1 point and a hair: rounds to 1 at 4 decimals
    expect(roundPoints(2n ** 60n * 10_000n + 1n, 2n ** 60n, { decimals: 4, mode: "half-up" })).toBe(10_000);
    // exactly half a unit above 2^53 Fixed: half-even keeps the even neighbour
    expect(roundPoints(2n ** 54n + 1n, 2n, { decimals: 4, mode: "half-even" })).toBe(2 ** 53);
  });

  it("agrees with roundRatio wherever both apply", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("half-up" as const, "half-even" as const, "down" as const),
        (n, d, decimals, mode) => {
          const expected = roundRatio(n, d, decimals, mode) + 0; // roundPoints never gives −0
          expect(roundPoints(n, d, { decimals, mode })).toBe(expected);
          expect(roundPoints(BigInt(n), BigInt(d), { decimals, mode })).toBe(expected);
        },
      ),
    );
  });

  it("clamps into [low, high]", () => {
    expect(clampFixed(5, 0, 3)).toBe(3);
    expect(clampFixed(-1, 0, 3)).toBe(0);
    expect(clampFixed(2, 0, 3)).toBe(2);
  });
});
