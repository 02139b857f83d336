import { z } from "zod";
import type { Localized } from "../i18n/localized";

/** HTTP status of every problem code: the one place a problem becomes a status (functions/ and the pane's client). */
export const PROBLEM_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "precondition-failed": 412,
  "too-large": 413,
  unprocessable: 422,
  throttled: 429,
  internal: 500,
  /** A service the request needs (Microsoft's signing keys) cannot be reached; retry later. */
  unavailable: 503,
} as const;

export type ProblemCode = keyof typeof PROBLEM_STATUS;

const LocalizedSchema = z.strictObject({ vi: z.string(), en: z.string() });

/** The error body of every refused request: `{ error, message: { vi, en }, details: [{ path, message }] }`. */
export const ApiProblemSchema = z.strictObject({
  error: z.enum(Object.keys(PROBLEM_STATUS) as [ProblemCode, ...ProblemCode[]]),
  message: LocalizedSchema,
  details: z.array(z.strictObject({ path: z.string(), message: LocalizedSchema })),
});

export type ApiProblem = z.infer<typeof ApiProblemSchema>;
export type ProblemDetail = ApiProblem["details"][number];

/** Builds a problem; Vietnamese first. */
export function apiProblem(
  error: ProblemCode,
  message: Localized,
  details: readonly ProblemDetail[] = [],
): ApiProblem {
  return { error, message, details: [...details] };
}

/** The HTTP status a problem is answered with. */
export function problemStatus(problem: Pick<ApiProblem, "error">): number {
  return PROBLEM_STATUS[problem.error];
}

/** Either a value or the problem that refused it: how core's decisions answer adapters. */
export type Decision<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

export function allow<T>(value: T): Decision<T> {
  return { ok: true, value };
}

export function refuse<T = never>(problem: ApiProblem): Decision<T> {
  return { ok: false, problem };
}
