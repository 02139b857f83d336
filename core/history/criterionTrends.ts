import type { FinalizedSummary } from "./finalizedSummary";
import { latestVersions } from "./finalizedSummary";

/** One criterion in one year: how many units' scores the review changed, and by how much in all (self − final). */
export type CriterionTrendPoint = { year: number; periodId: string; adjustedUnits: number; totalGap: number };

export type CriterionTrend = { code: string; points: CriterionTrendPoint[] };

/**
 * Per criterion, the year-end reviews' changes across years (latest version of each period): where the bloc's
 * self-scores and agreed scores part, year after year. Criteria never adjusted are left out; codes in table order
 * of first appearance.
 */
export function criterionTrends(finalized: readonly FinalizedSummary[]): CriterionTrend[] {
  const trends = new Map<string, CriterionTrend>();
  for (const f of latestVersions(finalized)) {
    if (f.kind !== "year-end") continue;
    const year = new Map<string, CriterionTrendPoint>();
    for (const u of f.units)
      for (const a of u.adjusted) {
        const point = year.get(a.code) ?? {
          year: f.year,
          periodId: f.periodId,
          adjustedUnits: 0,
          totalGap: 0,
        };
        point.adjustedUnits += 1;
        // Exact to 4 decimals: points are exact decimals, sums must not show float noise.
        point.totalGap = Math.round((point.totalGap + a.self - a.final) * 10_000) / 10_000;
        year.set(a.code, point);
      }
    for (const [code, point] of year) {
      const trend = trends.get(code) ?? { code, points: [] };
      trend.points.push(point);
      trends.set(code, trend);
    }
  }
  return [...trends.values()];
}
