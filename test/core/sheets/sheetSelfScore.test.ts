import { aggregatePoints } from "../../../core/scoring/aggregatePoints";
import { criterionPoints } from "../../../core/scoring/criterionPoints";
import { sheetSelfScore } from "../../../core/sheets/sheetSelfScore";
import { fromFixed } from "../../../core/decimal/fixed";
import { allKinds, fullEntries, returnOf } from "../scoring/scoringKit";

describe("sheetSelfScore: the A a unit's scoring sheet shows", () => {
  it("When the table has a criterion relative to the bloc's best, then the sheet's A leaves its points out", () => {
    // I.3 (relative to the best, 120 of 150 → 8 points) is computed only when the bloc is consolidated.
    const points = criterionPoints(allKinds, returnOf(allKinds, fullEntries), {
      history: [],
      best: new Map([["I.3", 150]]),
    });
    const consolidated = fromFixed(aggregatePoints(allKinds, points).baseScore);
    const i3 = fromFixed(points[allKinds.byCode.get("I.3")!.index]!);
    expect(i3).toBeGreaterThan(0);
    expect(sheetSelfScore(allKinds, points)).toBe(consolidated - i3);
  });
});
