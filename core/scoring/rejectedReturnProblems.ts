import type { ParsedReturn } from "../returns/parseReturn";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { ScoringOptions } from "./criterionPoints";
import type { ReturnProblem } from "./scoreResult";
import { validateReturn } from "./validateReturn";

/**
 * Every problem of a return that does not follow the return format, in one pass: its format problems, then what
 * `validateReturn` finds in the part that did parse (a level off the ladder, a missing entry elsewhere). A problem
 * that only follows from a field left out is not said twice: a wrongly typed "count" is not also "no entry".
 */
export function rejectedReturnProblems(
  compiled: CompiledTemplate,
  parsed: Extract<ParsedReturn, { ok: false }>,
  ctx?: ScoringOptions,
): ReturnProblem[] {
  const salvaged = parsed.salvaged;
  if (salvaged === undefined) return parsed.problems;
  const consequence = (p: ReturnProblem): boolean => {
    const fields = p.code === undefined ? undefined : salvaged.broken.get(p.code);
    if (fields === undefined) return false;
    if (p.type === "missing-evidence") return fields.has("evidence") || fields.has("*");
    // the entry's value was wrongly typed or misspelt (anything but its evidence or note)
    if (p.type === "missing-entry") return [...fields].some((f) => f !== "evidence" && f !== "note");
    return false;
  };
  return [
    ...parsed.problems,
    ...validateReturn(compiled, salvaged.value, ctx).filter((p) => !consequence(p)),
  ];
}
