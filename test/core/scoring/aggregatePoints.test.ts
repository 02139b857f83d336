import { toFixed } from "../../../core/decimal/fixed";
import { aggregatePoints } from "../../../core/scoring/aggregatePoints";
import { criterionPoints } from "../../../core/scoring/criterionPoints";
import { allKinds, fullEntries, returnOf } from "./scoringKit";

const at = (code: string) => allKinds.byCode.get(code)!.index;
const best = new Map([["I.3", 150]]);

describe("aggregatePoints", () => {
  it("sums criteria into sections and the total (Fixed)", () => {
    const points = criterionPoints(allKinds, returnOf(allKinds, fullEntries), { best });
    const result = aggregatePoints(allKinds, points);
    expect(result.sectionPoints).toEqual([toFixed(46), toFixed(22), toFixed(20.5)]);
    expect(result.nodePoints[at("II")]).toBe(toFixed(22));
    expect([result.baseScore, result.bonus, result.deductions, result.total]).toEqual([
      toFixed(88.5),
      0,
      0,
      toFixed(88.5),
    ]);
  });

  it("writes the node points into a given buffer view, overwriting what was there", () => {
    const points = criterionPoints(allKinds, returnOf(allKinds, fullEntries), { best });
    const slab = new Float64Array(allKinds.nodes.length * 2).fill(7);
    const view = slab.subarray(allKinds.nodes.length);
    const result = aggregatePoints(allKinds, points, view);
    expect(result.nodePoints).toBe(view);
    expect(Array.from(view)).toEqual(Array.from(aggregatePoints(allKinds, points).nodePoints));
    expect(result.total).toBe(toFixed(88.5));
    expect(slab[0]).toBe(7); // the other half of the buffer is untouched
  });

  it("re-aggregates after a reviewer replaces criterion points (điểm thẩm định)", () => {
    const points = criterionPoints(allKinds, returnOf(allKinds, fullEntries), { best });
    points[at("I.1")] = toFixed(24.5);
    points[at("III.1")] = toFixed(18);
    const result = aggregatePoints(allKinds, points);
    expect(result.sectionPoints).toEqual([toFixed(44.5), toFixed(22), toFixed(18)]);
    expect(result.total).toBe(toFixed(84.5));
  });

  it("ignores values at group indices and limits hand-typed points to [0, max]", () => {
    const points = new Float64Array(allKinds.nodes.length);
    points[at("I")] = toFixed(99); // a group: recomputed from its children
    points[at("I.1")] = toFixed(40); // above I.1's maximum 33
    points[at("I.2")] = -toFixed(5);
    points[at("I.3")] = Number.NaN;
    points[at("T.3")] = toFixed(9); // bonus item maximum 5
    points[at("TR.1")] = toFixed(8); // deduction item maximum 6
    const result = aggregatePoints(allKinds, points);
    expect(result.nodePoints[at("I")]).toBe(toFixed(33));
    expect(result.bonus).toBe(toFixed(5));
    expect(result.deductions).toBe(toFixed(6));
    expect(result.total).toBe(toFixed(33 + 5 - 6));
  });

  it("applies the bonus and deduction block caps after the item maxima", () => {
    const points = new Float64Array(allKinds.nodes.length);
    for (const code of ["T.1", "T.2", "T.3"]) points[at(code)] = allKinds.byCode.get(code)!.max;
    for (const code of ["TR.1", "TR.2", "TR.3"]) points[at(code)] = allKinds.byCode.get(code)!.max;
    const result = aggregatePoints(allKinds, points);
    expect(result.bonus).toBe(toFixed(20)); // 15 + 10 + 5 = 30, cap 20
    expect(result.deductions).toBe(toFixed(10)); // 6 + 5 + 3 = 14, cap 10
    expect(result.total).toBe(toFixed(10));
  });

  it("accepts a plain array shorter than the nodes", () => {
    const result = aggregatePoints(allKinds, [0, toFixed(30)]);
    expect(result.total).toBe(toFixed(30));
  });
});
