import { toFixed } from "../../../core/decimal/fixed";
import { criterionPoints } from "../../../core/scoring/criterionPoints";
import { scoreReturn } from "../../../core/scoring/scoreReturn";
import { allKinds, fullEntries, returnOf, tableWith } from "./scoringKit";

describe("criterionPoints (fast path)", () => {
  it("gives Fixed points at criterion and item indices and leaves groups at 0", () => {
    const points = criterionPoints(allKinds, returnOf(allKinds, fullEntries), {
      best: new Map([["I.3", 150]]),
    });
    const at = (code: string) => points[allKinds.byCode.get(code)!.index];
    expect(points).toHaveLength(allKinds.nodes.length);
    expect([at("I.1"), at("I.2"), at("I.3"), at("II.2"), at("III.1")]).toEqual([
      toFixed(26),
      toFixed(12),
      toFixed(8),
      toFixed(10),
      toFixed(20.5),
    ]);
    expect([at("I"), at("II"), at("III")]).toEqual([0, 0, 0]);
  });

  it("reads award-history bonuses from the context", () => {
    const history = [{ unitId: "cong-an-tinh", year: 2021, award: "co-chinh-phu" }];
    const points = criterionPoints(allKinds, returnOf(allKinds, fullEntries), { history });
    expect(points[allKinds.byCode.get("T.1")!.index]).toBe(toFixed(15));
  });

  it("never takes an inherited property for an entry (a criterion may be coded 'constructor')", () => {
    const compiled = tableWith([
      {
        code: "I",
        title: "Nội dung",
        children: [
          { code: "constructor", title: "Mã trùng tên thuộc tính", standard: 10, rule: { kind: "manual" } },
        ],
      },
    ]);
    const ret = returnOf(compiled, {});
    expect(criterionPoints(compiled, ret)[1]).toBe(0);
    const result = scoreReturn(compiled, ret);
    expect(result.total).toBe(0);
    expect(result.problems.map((p) => [p.type, p.code])).toEqual([["missing-entry", "constructor"]]);
  });
});
