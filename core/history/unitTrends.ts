import type { FinalizedSummary } from "./finalizedSummary";
import { latestVersions } from "./finalizedSummary";

/** One unit's year in a trend: rank, agreed total, its own total and the gap between them (tự chấm − thống nhất). */
export type TrendPoint = {
  year: number;
  periodId: string;
  rank: number | null;
  total: number;
  selfTotal: number;
  gap: number;
};

export type UnitTrend = { unitId: string; name: string; points: TrendPoint[] };

/** Per unit, its finalized year-end results in year order (latest version of each period), by first appearance. */
export function unitTrends(finalized: readonly FinalizedSummary[]): UnitTrend[] {
  const trends = new Map<string, UnitTrend>();
  for (const f of latestVersions(finalized)) {
    if (f.kind !== "year-end") continue;
    for (const u of f.units) {
      if (!u.hasReturn) continue;
      const trend = trends.get(u.unitId) ?? { unitId: u.unitId, name: u.name, points: [] };
      // Exact to 4 decimals: totals are exact decimals, their difference must not show float noise.
      const gap = Math.round((u.selfTotal - u.total) * 10_000) / 10_000;
      trend.points.push({
        year: f.year,
        periodId: f.periodId,
        rank: u.rank,
        total: u.total,
        selfTotal: u.selfTotal,
        gap,
      });
      trends.set(u.unitId, trend);
    }
  }
  return [...trends.values()];
}
