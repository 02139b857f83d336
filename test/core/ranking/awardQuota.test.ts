import { awardQuota } from "../../../core/ranking/awards/awardQuota";

describe("awardQuota", () => {
  it("gives a count as is", () => {
    expect(awardQuota({ kind: "count", count: 3 }, 8)).toEqual({
      count: 3,
      explanation: { vi: "3 đơn vị", en: "3 units" },
    });
  });

  it("rounds a percentage of the members down, up or half-up, exactly", () => {
    // 20 % of 8 = 1,6
    expect(awardQuota({ kind: "percent", percent: 20, rounding: "down" }, 8).count).toBe(1);
    expect(awardQuota({ kind: "percent", percent: 20, rounding: "up" }, 8).count).toBe(2);
    expect(awardQuota({ kind: "percent", percent: 20, rounding: "half-up" }, 8).count).toBe(2);
    // 25 % of 10 = 2,5: half-up gives 3, down 2; 30 % of 10 = 3 exactly: up stays 3 (no float 3.0000000004).
    expect(awardQuota({ kind: "percent", percent: 25, rounding: "half-up" }, 10).count).toBe(3);
    expect(awardQuota({ kind: "percent", percent: 25, rounding: "down" }, 10).count).toBe(2);
    expect(awardQuota({ kind: "percent", percent: 30, rounding: "up" }, 10).count).toBe(3);
    expect(awardQuota({ kind: "percent", percent: 14.3, rounding: "half-up" }, 7).count).toBe(1); // 1,001
    expect(awardQuota({ kind: "percent", percent: 20, rounding: "half-up" }, 8).explanation.vi).toBe(
      "20% của 8 thành viên = 1,6, làm tròn 2",
    );
  });

  it("applies 'at least' after rounding and says so", () => {
    const q = awardQuota({ kind: "percent", percent: 10, rounding: "down", atLeast: 1 }, 8);
    expect(q.count).toBe(1);
    expect(q.explanation.en).toBe("10% of 8 members = 0.8, rounded down 0, at least 1");
  });

  it("reads the row of a table by bloc size, and gives 0 with a reason when no row fits", () => {
    const quota = {
      kind: "bySize" as const,
      rows: [
        { minMembers: 5, maxMembers: 8, count: 2 },
        { minMembers: 9, maxMembers: 12, count: 3 },
        { minMembers: 13, count: 4 },
      ],
    };
    expect(awardQuota(quota, 8).count).toBe(2);
    expect(awardQuota(quota, 9).count).toBe(3);
    expect(awardQuota(quota, 20).count).toBe(4);
    expect(awardQuota(quota, 20).explanation.vi).toBe("Khối 20 thành viên (dòng ≥ 13): 4 đơn vị");
    expect(awardQuota(quota, 4)).toEqual({
      count: 0,
      explanation: {
        vi: "Bảng chỉ tiêu không có dòng cho khối 4 thành viên",
        en: "The quota table has no row for a bloc of 4 members",
      },
    });
  });
});
