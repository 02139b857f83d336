import type { ReturnProblem } from "./scoreResult";

const RETURN_LEVEL = new Set<ReturnProblem["type"]>([
  "fingerprint-mismatch",
  "template-mismatch",
  "unknown-unit",
]);

/**
 * Whether a problem is about the whole return rather than one entry: made on another table or version, or for a unit
 * that is not a member. Such a return cannot be scored on this table — it is set aside by the ranking, sets no bloc
 * best, and is refused by the back end.
 */
export function isReturnLevelProblem(problem: Pick<ReturnProblem, "type">): boolean {
  return RETURN_LEVEL.has(problem.type);
}
