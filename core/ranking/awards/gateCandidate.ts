import type { CandidateOutcome, UnitEligibility, UnitStanding } from "../rankingResult";
import type { AwardPolicy } from "../../template/rankingPolicySchema";
import type { Fixed } from "../../decimal/fixed";

/** What one award asks of a unit before votes and quota, fixed for the award being proposed. */
export type AwardGates = {
  award: AwardPolicy;
  /** The higher of the policy's and the award's minimum total; -Infinity when neither sets one. */
  minTotal: Fixed;
  /** The position of the lowest band allowed (0: the best band); undefined: any band. */
  minBand: number | undefined;
  /** The units proposed for the prerequisite award; undefined when the award has none. */
  required: ReadonlySet<string> | undefined;
  /** The prerequisite awards, the prerequisite's own and so on: being proposed for one of them is no obstacle. */
  ancestors: ReadonlySet<string>;
  oneAwardPerUnit: boolean;
  /** The units that received this award last year (not revoked). */
  lastYearHolders: ReadonlySet<string>;
  /** The units that step aside from this award, with their reason. */
  stepsAside: ReadonlyMap<string, string>;
};

/** One ranked unit as the gates see it. */
export type GateSubject = {
  standing: UnitStanding;
  eligibility: UnitEligibility;
  /** Band position (0: the best band; -1: none). */
  band: number;
  /** The awards the unit is already proposed for. */
  proposedFor: readonly string[];
};

/**
 * The first gate that keeps a unit from being a candidate for the award, in the order the notes list them —
 * eligibility, minimum total, band, prerequisite, one award per unit, last year's holder, stepping aside — or
 * undefined when the unit is a candidate.
 */
export function gateCandidate(gates: AwardGates, unit: GateSubject): CandidateOutcome | undefined {
  const { award } = gates;
  const unitId = unit.standing.unitId;
  if (!unit.eligibility.awardable) return "ineligible";
  if (unit.standing.total < gates.minTotal) return "below-minimum";
  if (gates.minBand !== undefined && (unit.band < 0 || unit.band > gates.minBand)) return "band";
  if (gates.required !== undefined && !gates.required.has(unitId)) return "prerequisite";
  if (gates.oneAwardPerUnit && unit.proposedFor.some((a) => !gates.ancestors.has(a)))
    return "already-proposed";
  if (gates.lastYearHolders.has(unitId)) {
    if (award.lastYearHolder === "excluded") return "last-year-holder";
    if (award.lastYearHolder === "mayStepAside" && gates.stepsAside.has(unitId)) return "stepped-aside";
  }
  return undefined;
}
