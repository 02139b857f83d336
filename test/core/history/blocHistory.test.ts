import type { FinalizedSummary } from "../../../core/history";
import { blocHistory, criterionTrends, unitTrends } from "../../../core/history";

function summary(year: number, version: number, first: string): FinalizedSummary {
  const second = first === "u1" ? "u2" : "u1";
  return {
    blocId: "b1",
    periodId: `p-${year}`,
    year,
    kind: "year-end",
    version,
    finalizedAt: `${year}-12-20T00:00:00.000Z`,
    finalizedBy: "key:l",
    inputHash: "h",
    units: [
      {
        unitId: first,
        name: first,
        rank: 1,
        total: 98.5,
        selfTotal: 99,
        hasReturn: true,
        proposals: ["co-tinh"],
        adjusted: [{ code: "II.1", self: 10, final: 9.5 }],
      },
      {
        unitId: second,
        name: second,
        rank: 2,
        total: 95,
        selfTotal: 95,
        hasReturn: true,
        proposals: [],
        adjusted: [
          { code: "II.1", self: 8, final: 7.75 },
          { code: "III.2", self: 4, final: 4.5 },
        ],
      },
    ],
    rotation: { year: year + 1, leader: second, deputy: first },
  };
}

describe("blocHistory", () => {
  it("When years were finalized, then next year's history has their proposals, ranks and elected terms", () => {
    const imported = {
      formatVersion: 1 as const,
      awards: [{ unitId: "u2", year: 2020, award: "co-tinh" }],
      terms: [],
      ranks: [],
    };
    const h = blocHistory(imported, [summary(2021, 1, "u1")], 2022);
    expect(h.awards).toEqual([
      { unitId: "u2", year: 2020, award: "co-tinh" },
      { unitId: "u1", year: 2021, award: "co-tinh" },
    ]);
    expect(h.ranks).toEqual([
      { year: 2021, unitId: "u1", rank: 1 },
      { year: 2021, unitId: "u2", rank: 2 },
    ]);
    expect(h.terms).toEqual([{ year: 2022, leader: "u2", deputy: "u1" }]);
  });

  it("When a period was reopened and finalized again, then only its latest version counts", () => {
    const h = blocHistory(undefined, [summary(2021, 1, "u1"), summary(2021, 2, "u2")], 2022);
    expect(h.awards).toEqual([{ unitId: "u2", year: 2021, award: "co-tinh" }]);
  });

  it("When the year itself is finalized, then it does not feed its own history", () => {
    expect(blocHistory(undefined, [summary(2022, 1, "u1")], 2022).awards).toEqual([]);
  });
});

describe("unitTrends", () => {
  it("When two years are finalized, then each unit has its rank, total and self-versus-agreed gap per year", () => {
    const t = unitTrends([summary(2022, 1, "u2"), summary(2021, 1, "u1")]);
    expect(t.find((u) => u.unitId === "u1")!.points).toEqual([
      { year: 2021, periodId: "p-2021", rank: 1, total: 98.5, selfTotal: 99, gap: 0.5 },
      { year: 2022, periodId: "p-2022", rank: 2, total: 95, selfTotal: 95, gap: 0 },
    ]);
  });
});

describe("criterionTrends", () => {
  it("When reviews changed criteria in two years, then each criterion has its adjusted units and total gap per year", () => {
    expect(criterionTrends([summary(2022, 1, "u2"), summary(2021, 1, "u1")])).toEqual([
      {
        code: "II.1",
        points: [
          { year: 2021, periodId: "p-2021", adjustedUnits: 2, totalGap: 0.75 },
          { year: 2022, periodId: "p-2022", adjustedUnits: 2, totalGap: 0.75 },
        ],
      },
      {
        code: "III.2",
        points: [
          { year: 2021, periodId: "p-2021", adjustedUnits: 1, totalGap: -0.5 },
          { year: 2022, periodId: "p-2022", adjustedUnits: 1, totalGap: -0.5 },
        ],
      },
    ]);
  });
});
