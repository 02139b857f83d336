import type { Localized } from "../i18n/localized";
import type { AwardRecord } from "../returns/awardHistory";
import type { Rounding } from "../template/templateSchema";

/** What one criterion needs beyond its entry: the table's rounding and year, the unit, its history, the bloc's best. */
export type CriterionContext = {
  rounding: Rounding;
  /** The emulation year of the template (năm thi đua); award history looks back from it. */
  year: number;
  unitId: string;
  history: readonly AwardRecord[] | undefined;
  /**
   * The bloc's best quantity for a relativeToBest criterion: a number once the bloc is consolidated, `null` when
   * consolidated but no unit gave a valid quantity, `undefined` when scoring a single return on its own.
   */
  best: number | null | undefined;
  /** Award names for explanations (Cờ thi đua của Chính phủ…); the award id is shown without them. */
  awardNames?: ReadonlyMap<string, Localized>;
};
