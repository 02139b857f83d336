import type { AwardRecord } from "../returns/awardHistory";

/**
 * The latest year in [year − yearsBack, year − 1] in which `unitId` received `award` and it was not revoked
 * (thu hồi); undefined when there is none.
 */
export function awardReceived(
  history: readonly AwardRecord[] | undefined,
  unitId: string,
  award: string,
  year: number,
  yearsBack: number,
): number | undefined {
  if (history === undefined) return undefined;
  let found: number | undefined;
  for (const record of history) {
    if (record.unitId !== unitId || record.award !== award || record.revoked === true) continue;
    if (
      record.year >= year - yearsBack &&
      record.year < year &&
      (found === undefined || record.year > found)
    ) {
      found = record.year;
    }
  }
  return found;
}
