import type { PeriodInput } from "../../../core/api";
import type { ReviewAdjustment } from "../../../core/ranking";

/**
 * The adjustments read from the consolidation sheet that the server does not hold yet: new, or with other points or
 * another reason than the latest stored one of the same unit, criterion and stage (the sheet shows those again).
 */
export function changedReviews(
  read: readonly ReviewAdjustment[],
  stored: readonly PeriodInput[],
): ReviewAdjustment[] {
  const key = (a: Pick<ReviewAdjustment, "unitId" | "code" | "stage">) => `${a.unitId}|${a.code}|${a.stage}`;
  const latest = new Map(
    stored.flatMap((i) => (i.kind === "review" ? [[key(i.value), i.value] as const] : [])),
  );
  return read.filter((a) => {
    const before = latest.get(key(a));
    return before === undefined || before.points !== a.points || before.reason !== a.reason;
  });
}
