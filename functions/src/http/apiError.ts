import type { ApiProblem, Decision } from "../../../core/api";

/** Thrown by handlers to answer with a problem; the one wrapper (`apiHandler`) turns it into the response. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly problem: ApiProblem,
    readonly headers?: Record<string, string>,
  ) {
    super(problem.message.en);
  }
}

/** The value of an allowed decision, or throws its problem. */
export function must<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new ApiError(decision.problem);
  return decision.value;
}
