import type { Localized } from "../i18n/localized";
import type { AwardRecord } from "../returns/awardHistory";
import { parseReturn } from "../returns/parseReturn";
import type { UnitReturn } from "../returns/returnSchema";
import { missingHistoryProblem } from "../scoring/missingHistoryProblem";
import { rejectedReturnProblems } from "../scoring/rejectedReturnProblems";
import type { ReturnProblem, ScoreResult } from "../scoring/scoreResult";
import { scoreReturn } from "../scoring/scoreReturn";
import { scoreReturns } from "../scoring/scoreReturns";
import { returnTableMismatch } from "../scoring/validateReturn";
import type { CompiledTemplate } from "../template/compileTemplate";

/** A return as an adapter got it: the data of a file (or request body), or why it could not be read. */
export type ReturnData = { source: string; data: unknown } | { source: string; unreadable: Localized };

/** A problem that kept a return from being scored: the engine's, or one at path "(file)" for an unreadable file. */
export type RejectedReturnProblem =
  ReturnProblem | { type: "unreadable-file"; path: "(file)"; message: Localized };

/**
 * One return's outcome, in the order given: the return as parsed and its score (what ranking takes next), or
 * every problem that kept it from being scored.
 */
export type ScoredReturn =
  | { source: string; ok: true; unitReturn: UnitReturn; result: ScoreResult }
  | { source: string; ok: false; problems: RejectedReturnProblem[] };

/**
 * Scores the returns of one bloc (chấm điểm): each is parsed, checked against this table (a return made for another
 * table or version is rejected with that one problem) and scored. Several returns are scored together so
 * relative-to-best criteria compare them; one return alone cannot know the bloc's best, so those criteria wait for
 * the consolidation instead of letting the unit be its own best. Without the award history a table that gives
 * award-history bonuses needs, every total is provisional and carries that problem first.
 */
export function scoreBloc(
  compiled: CompiledTemplate,
  returns: readonly ReturnData[],
  options: { history?: readonly AwardRecord[] } = {},
): ScoredReturn[] {
  const history = options.history === undefined ? undefined : [...options.history];
  const outcomes: (number | ScoredReturn)[] = [];
  const accepted: UnitReturn[] = [];
  for (const r of returns) {
    if ("unreadable" in r) {
      outcomes.push(rejected(r.source, [{ type: "unreadable-file", path: "(file)", message: r.unreadable }]));
      continue;
    }
    const parsed = parseReturn(r.data);
    if (!parsed.ok) {
      outcomes.push(rejected(r.source, rejectedReturnProblems(compiled, parsed, { history })));
      continue;
    }
    // Scored on the wrong table, every entry would be "wrong" or "missing": say the one thing that is.
    const mismatch = returnTableMismatch(compiled, parsed.value);
    if (mismatch !== undefined) outcomes.push(rejected(r.source, [mismatch]));
    else outcomes.push(accepted.push(parsed.value) - 1);
  }
  const results =
    accepted.length === 1
      ? [scoreReturn(compiled, accepted[0]!, { history })]
      : scoreReturns(compiled, accepted, { history });
  const noHistory = missingHistoryProblem(compiled, { history });
  if (noHistory !== undefined) for (const r of results) r.problems.unshift(noHistory);
  return outcomes.map((o, i) =>
    typeof o === "number"
      ? { source: returns[i]!.source, ok: true, unitReturn: accepted[o]!, result: results[o]! }
      : o,
  );
}

function rejected(source: string, problems: RejectedReturnProblem[]): ScoredReturn {
  return { source, ok: false, problems };
}
