import type { z } from "zod";
import type { ProblemDetail } from "./apiProblem";

/** zod issues as problem details: the field path (`entries["I.2"].level`, `reason`) and the message in both languages. */
export function zodDetails(issues: readonly z.core.$ZodIssue[]): ProblemDetail[] {
  return issues.map((issue) => {
    const vi = (issue as { params?: { vi?: unknown } }).params?.vi;
    return {
      path: issue.path.map((s) => (typeof s === "number" ? `[${s}]` : String(s))).join(".") || "(body)",
      message: { vi: typeof vi === "string" ? vi : issue.message, en: issue.message },
    };
  });
}
