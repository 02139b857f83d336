import { describeWork, ratioCell, workMismatch } from "../../bench/sameWork";

describe("the work-count guard every bench ratio goes through", () => {
  it("gives a ratio when both sides counted the same work", () => {
    const work = { blocs: 60, "units with a total": 900 };
    expect(workMismatch(work, { ...work })).toBeUndefined();
    expect(ratioCell({ ms: 30, work }, { ms: 12, work: { ...work } })).toBe("2.50×");
  });

  it("refuses a ratio when one side processed fewer files (LibreOffice stopping at 246 of 500)", () => {
    expect(ratioCell({ ms: 90_000, work: { files: 246 } }, { ms: 60_000, work: { files: 500 } })).toBe(
      "refused: files 246 ≠ 500",
    );
  });

  it("refuses when a count is on one side only, when nothing was counted, or the baseline took no time", () => {
    expect(ratioCell({ ms: 1, work: { units: 15 } }, { ms: 1, work: { units: 15, results: 15 } })).toBe(
      "refused: results counted on one side only",
    );
    expect(ratioCell({ ms: 1, work: {} }, { ms: 1, work: {} })).toBe(
      "refused: no work counted on either side",
    );
    expect(ratioCell({ ms: 1, work: { units: 1 } }, { ms: 0, work: { units: 1 } })).toBe(
      "refused: baseline took no time",
    );
  });

  it("describes work in the table's words", () => {
    expect(describeWork({ blocs: 1, "units with a total": 1500 })).toBe("blocs 1, units with a total 1,500");
  });
});
