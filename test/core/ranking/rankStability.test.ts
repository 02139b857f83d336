import { toFixed } from "../../../core/decimal/fixed";
import type { SelfScores } from "../../../core/ranking/rankingInputs";
import { rankScoreTable } from "../../../core/ranking/rankScoreTable";
import { compiledWith } from "./rankingKit";

describe("rank stability", () => {
  const compiled = compiledWith({
    finalScore: "cross",
    crossScoring: { aggregation: "mean", minScorers: 3 },
    awards: [{ award: "co-ubnd-tinh", quota: { kind: "count", count: 1 } }],
    stability: { closeCallGap: 3, aggregationAlternatives: ["median", "mean"], tieBreakAlternatives: [] },
  });
  const i1 = compiled.byCode.get("I.1")!.index;
  const table: SelfScores[] = ["cong-an-tinh", "tand-tinh", "vksnd-tinh"].map((unitId, k) => {
    const points = new Float64Array(compiled.nodes.length);
    points[i1] = toFixed([26, 30, 10][k]!);
    return { unitId, points };
  });
  const cross = (unitId: string, scores: number[]) =>
    scores.map((points, k) => ({
      scorer: ["so-tu-phap", "thanh-tra-tinh", unitId === "cong-an-tinh" ? "vksnd-tinh" : "cong-an-tinh"][k]!,
      unitId,
      code: "I.1",
      points,
    }));

  it("reports who would move and which proposals would change under another aggregation, and the close calls", () => {
    const out = rankScoreTable(compiled, table, {
      cross: {
        formatVersion: 1,
        scores: [...cross("cong-an-tinh", [26, 26, 26]), ...cross("tand-tinh", [30, 30, 10])],
      },
    });
    // Mean: Công an 26 > TAND 23,33. Median: TAND 30 > Công an 26.
    expect(out.units.slice(0, 2).map((u) => [u.unitId, u.total])).toEqual([
      ["cong-an-tinh", 26],
      ["tand-tinh", 23.33],
    ]);
    expect(out.stability.alternatives).toHaveLength(1); // "mean" is the policy's own: not an alternative
    expect(out.stability.alternatives[0]!.label.vi).toBe("Nếu tổng hợp chấm chéo bằng trung vị");
    expect(out.stability.alternatives[0]!.moves).toEqual([
      { unitId: "cong-an-tinh", rank: 1, alternativeRank: 2 },
      { unitId: "tand-tinh", rank: 2, alternativeRank: 1 },
    ]);
    expect(out.stability.alternatives[0]!.proposalChanges).toEqual(["co-ubnd-tinh"]);
    expect(out.stability.closeCalls).toEqual([{ above: "cong-an-tinh", below: "tand-tinh", gap: 2.67 }]);
    expect(out.stability.robust).toBe(false);
  });

  it("is robust when no alternative changes anything", () => {
    const out = rankScoreTable(compiled, table, {
      cross: {
        formatVersion: 1,
        scores: [...cross("cong-an-tinh", [29, 29, 29]), ...cross("tand-tinh", [20, 21, 22])],
      },
    });
    expect(out.stability.alternatives[0]!.moves).toEqual([]);
    expect(out.stability.closeCalls).toEqual([]);
    expect(out.stability.robust).toBe(true);
  });
});
