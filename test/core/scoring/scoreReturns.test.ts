import type { Entry } from "../../../core/returns/returnSchema";
import { bestQuantities, scoreReturns } from "../../../core/scoring/scoreReturns";
import { allKinds, fullEntries, oneCriterion, returnOf } from "./scoringKit";

const withI3 = (quantity: number | undefined, unitId: string, extra: Record<string, Entry> = {}) =>
  returnOf(allKinds, { ...fullEntries, "I.3": quantity === undefined ? {} : { quantity }, ...extra }, unitId);
const i3 = (points: { nodes: { code: string; points: number }[] }) =>
  points.nodes.find((n) => n.code === "I.3")!.points;

describe("scoreReturns (tổng hợp toàn khối)", () => {
  it("gives the bloc's best unit the maximum and the others pro rata", () => {
    const returns = [withI3(120, "cong-an-tinh"), withI3(150, "tand-tinh"), withI3(45, "vksnd-tinh")];
    const results = scoreReturns(allKinds, returns);
    expect(results.map(i3)).toEqual([8, 10, 3]);
    expect(results.map((r) => r.unitId)).toEqual(["cong-an-tinh", "tand-tinh", "vksnd-tinh"]);
    expect(results.map((r) => r.total)).toEqual([88.5, 90.5, 83.5]);
    expect(bestQuantities(allKinds, returns)).toEqual(new Map([["I.3", 150]]));
  });

  it("ignores returns with a problem on the criterion, or from another table or unit, when finding the best", () => {
    const stale = withI3(900, "so-tu-phap");
    stale.template.fingerprint = `sha256:${"2".repeat(64)}`;
    const returns = [
      withI3(120, "cong-an-tinh"),
      withI3(-500, "tand-tinh"),
      withI3(800, "so-noi-vu"),
      stale,
      returnOf(allKinds, { ...fullEntries, "I.3": { quantity: 700, level: "HTNV" } }, "thanh-tra-tinh"),
    ];
    expect(bestQuantities(allKinds, returns).get("I.3")).toBe(120);
    const results = scoreReturns(allKinds, returns);
    expect(results.map(i3)).toEqual([10, 0, 10, 10, 10]);
  });

  it("gives everybody 0 when nobody produced anything, and explains why", () => {
    const results = scoreReturns(allKinds, [withI3(0, "cong-an-tinh"), withI3(0, "tand-tinh")]);
    expect(results.map(i3)).toEqual([0, 0]);
    expect(results[0]?.nodes.find((n) => n.code === "I.3")?.explanation.vi).toBe(
      "Cả khối chưa có kết quả (cao nhất = 0): 0",
    );
  });

  it("takes the lowest quantity as the best when lower is better", () => {
    const { compiled } = oneCriterion({ standard: 10, rule: { kind: "relativeToBest", better: "lower" } });
    const returns = [2, 4, 8].map((q, i) =>
      returnOf(compiled, { "I.1": { quantity: q } }, ["cong-an-tinh", "tand-tinh", "vksnd-tinh"][i]),
    );
    expect(bestQuantities(compiled, returns).get("I.1")).toBe(2);
    expect(scoreReturns(compiled, returns).map((r) => r.total)).toEqual([10, 5, 2.5]);
  });

  it("leaves out a criterion nobody answered, and scores it 0 with an explanation", () => {
    const returns = [withI3(undefined, "cong-an-tinh"), withI3(undefined, "tand-tinh")];
    expect(bestQuantities(allKinds, returns).size).toBe(0);
    const [first] = scoreReturns(allKinds, returns);
    expect(first?.nodes.find((n) => n.code === "I.3")?.explanation.vi).toBe("Chưa nhập: 0");
  });

  it("uses a best given by the caller instead of the returns'", () => {
    const results = scoreReturns(allKinds, [withI3(120, "cong-an-tinh")], { best: new Map([["I.3", 240]]) });
    expect(results.map(i3)).toEqual([5]);
  });
});
