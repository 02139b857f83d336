import fc from "fast-check";
import { clampFixed, roundPoints } from "../../../core/decimal/fixed";

describe("roundPoints (the one rounding engine, with a table's rule)", () => {
  it("When a ratio is rounded, then the table's decimals and mode decide", () => {
    expect(roundPoints(100_000, 3, { decimals: 2, mode: "half-up" })).toBe(33_300);
    expect(roundPoints(12_500, 1, { decimals: 1, mode: "half-up" })).toBe(13_000);
    expect(roundPoints(12_500, 1, { decimals: 1, mode: "half-even" })).toBe(12_000);
    expect(roundPoints(-12_500, 1, { decimals: 1, mode: "half-up" })).toBe(-13_000);
    expect(roundPoints(19_999, 1, { decimals: 0, mode: "down" })).toBe(10_000);
    expect(Object.is(roundPoints(-1, 3, { decimals: 0, mode: "half-up" }), 0)).toBe(true);
  });

  it("When operands are beyond 2^53, then BigInt keeps it exact", () => {
    // (2^60 + 1) / 2^60 points = 1 point and a hair: rounds to 1 at 4 decimals
    expect(roundPoints(2n ** 60n * 10_000n + 1n, 2n ** 60n, { decimals: 4, mode: "half-up" })).toBe(10_000);
    // exactly half a unit above 2^53 Fixed: half-even keeps the even neighbour
    expect(roundPoints(2n ** 54n + 1n, 2n, { decimals: 4, mode: "half-even" })).toBe(2 ** 53);
  });

  it("When any ratio is rounded, then the result is the nearest step (or the one toward zero for down)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("half-up" as const, "half-even" as const, "down" as const),
        (n, d, decimals, mode) => {
          const rounded = roundPoints(n, d, { decimals, mode });
          expect(roundPoints(BigInt(n), BigInt(d), { decimals, mode })).toBe(rounded);
          const step = 10n ** BigInt(4 - decimals);
          expect(BigInt(rounded) % step).toBe(0n);
          // error × d, exactly: rounded − n/d
          const error = BigInt(rounded) * BigInt(d) - BigInt(n);
          const abs = error < 0n ? -error : error;
          if (mode === "down") {
            expect(abs < step * BigInt(d)).toBe(true);
            expect(Math.abs(rounded) * d <= Math.abs(n)).toBe(true);
          } else expect(2n * abs <= step * BigInt(d)).toBe(true);
        },
      ),
    );
  });

  it("When a value is clamped, then it stays within [low, high]", () => {
    expect(clampFixed(5, 0, 3)).toBe(3);
    expect(clampFixed(-1, 0, 3)).toBe(0);
    expect(clampFixed(2, 0, 3)).toBe(2);
  });
});
