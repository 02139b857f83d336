import { reachableValues } from "../../../core/ranking/stability/whatIfOneRank";
import { allKinds } from "../scoring/scoringKit";

/** The first values a what-if tries for a row from `current` points (Fixed, ten-thousandths), with a 0,01 unit. */
const steps = (code: string, current: number) =>
  reachableValues(allKinds.byCode.get(code)!, current, 100).slice(0, 6);

describe("the points a what-if tries, from each kind's module", () => {
  it("When a criterion can rise, then each kind gives its own steps up to its maximum", () => {
    expect(steps("I.1", 300_000)).toEqual([305_000, 310_000, 315_000, 320_000, 325_000, 330_000]);
    expect(steps("I.1", 0).slice(0, 2)).toEqual([5_000, 10_000]);
    expect(steps("I.2", 0)).toEqual([70_000, 100_000, 120_000]);
    expect(steps("I.3", 0)).toEqual([100, 200, 300, 400, 500, 600]);
    expect(steps("II.1", 0)).toEqual([50_000]);
    expect(steps("II.2", 100_000)).toEqual([125_000, 150_000]);
    expect(steps("II.3", 0).slice(0, 3)).toEqual([15_000, 30_000, 45_000]);
    expect(steps("III.1", 0).slice(0, 2)).toEqual([5_000, 10_000]);
    expect(steps("T.3", 0)).toEqual([20_000, 40_000, 50_000]);
  });

  it("When a row is at its maximum or comes from the award history, then there is nothing to try", () => {
    for (const code of ["I.1", "I.2", "II.2", "III.1"]) {
      expect(steps(code, allKinds.byCode.get(code)!.max)).toEqual([]);
    }
    expect(steps("II.1", 50_000)).toEqual([]);
    expect(steps("T.1", 0)).toEqual([]);
  });

  it("When a deduction item was incurred, then its steps go down to 0", () => {
    expect(steps("TR.1", 60_000)).toEqual([40_000, 20_000, 0]);
    expect(steps("TR.2", 50_000)).toEqual([0]);
    expect(steps("TR.3", 30_000).slice(0, 2)).toEqual([29_900, 29_800]);
    expect(steps("TR.1", 0)).toEqual([]);
  });
});
