import { isRefusedReturn } from "../scoring/entrySeverity";
import type { UnitReturn } from "../returns/returnSchema";
import { aggregatePoints } from "../scoring/aggregatePoints";
import { bestQuantities } from "../scoring/bestQuantities";
import { criterionPoints } from "../scoring/criterionPoints";
import { missingHistoryProblem } from "../scoring/missingHistoryProblem";
import type { ReturnProblem } from "../scoring/scoreResult";
import { validateReturn } from "../scoring/validateReturn";
import type { CompiledTemplate } from "../template/compileTemplate";
import { msg } from "../i18n/localized";
import { checkRankingInputs } from "./checkRankingInputs";
import { chooseReturns } from "./chooseReturns";
import type { RankingInputs, SelfScores } from "./rankingInputs";
import { rankingInputHash } from "./rankingInputHash";
import type { RankingProblem } from "./rankingProblem";
import type { RankingResult } from "./rankingResult";
import { rankingPolicyOf, rankScoreTable } from "./rankScoreTable";
import { NO_CROSS_SCORES_PROBLEM, rankedWithoutCrossScores } from "./crossScores/rankedWithoutCrossScores";

/**
 * Ranks a bloc (xếp hạng khối) from its template, returns and year-end files: validates everything (problems are
 * listed, never thrown), scores the returns together, applies reviews / cross-scores as the policy says, and gives
 * the ranked table, tie sentences, eligibility, proposals within quotas, stability and next year's rotation.
 * The same inputs in any order give the same result and the same `inputHash`.
 */
export function rankBloc(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  inputs: RankingInputs = {},
): RankingResult {
  return rankReturns(compiled, returns, inputs).result;
}

/**
 * `rankBloc`, also giving the self scores it ranked from (the consolidation sheet sets them beside the agreed
 * points), so no caller scores the returns a second time. `sources[i]` names where `returns[i]` came from (a file):
 * problems about one return then name it.
 */
export function rankReturns(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  inputs: RankingInputs = {},
  sources?: readonly (string | undefined)[],
): { result: RankingResult; selfScores: SelfScores[] } {
  const usable = usableReturns(compiled, returns, inputs, sources);
  const table = selfScores(compiled, usable.returns, usable.problemsByReturn, inputs);
  const { decisionProblems, ...ranked } = rankScoreTable(compiled, table, inputs);
  // A policy that ranks on cross-scores, ranked without any, must not pass for the bloc's cross-scored ranking.
  const noCross: RankingProblem[] = rankedWithoutCrossScores(rankingPolicyOf(compiled), ranked.units)
    ? [{ source: "cross", path: "", message: NO_CROSS_SCORES_PROBLEM }]
    : [];
  const result: RankingResult = {
    templateId: compiled.template.id,
    fingerprint: compiled.fingerprint,
    year: compiled.template.identity.year,
    inputHash: rankingInputHash(compiled.template, returns, inputs),
    ...ranked,
    problems: [
      ...historyProblems(compiled, inputs),
      ...usable.problems,
      ...missingReturnProblems(compiled, usable.returns),
      ...checkRankingInputs(compiled, inputs, new Set(usable.returns.map((r) => r.unitId))),
      ...decisionProblems,
      ...noCross,
    ],
  };
  return { result, selfScores: table };
}

/**
 * One problem naming every member without a usable return (not sent, set aside, or sent for another table): such a
 * unit is listed unranked, and the ranking is not the bloc's final one until it is sent or accounted for.
 */
function missingReturnProblems(compiled: CompiledTemplate, usable: readonly UnitReturn[]): RankingProblem[] {
  const members = compiled.template.members;
  const sent = new Set(usable.map((r) => r.unitId));
  const missing = members.filter((m) => !sent.has(m.id));
  if (missing.length === 0) return [];
  const names = missing.map((m) => m.name).join(", ");
  return [
    {
      source: "returns",
      path: "",
      type: "missing-returns",
      message: msg(
        `Chưa có bản tự chấm hợp lệ của ${missing.length}/${members.length} đơn vị (chưa nộp, hoặc bản tự chấm bị loại vì lỗi nêu trên); các đơn vị này không được xếp hạng: ${names}.`,
        `No valid self-scored return from ${missing.length} of ${members.length} units (not sent, or set aside for a problem listed above); they are not ranked: ${names}.`,
      ),
    },
  ];
}

/** One problem for the bloc when its table has award-history bonuses and no history file was given. */
function historyProblems(compiled: CompiledTemplate, inputs: RankingInputs): RankingProblem[] {
  const missing = missingHistoryProblem(compiled, { history: inputs.history?.awards });
  return missing === undefined ? [] : [{ source: "history", path: "", message: missing.message }];
}

/**
 * Self points per node (and their totals) for every usable return, with the bloc's best quantities taken across them
 * (relative-to-best criteria) and award-history bonuses from the history file. A return is complete when validating
 * it found no problem (the "earliest complete submission" tie-break ranks incomplete returns after complete ones).
 */
export function selfScores(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  problemsByReturn: readonly (readonly ReturnProblem[])[],
  inputs: RankingInputs,
): SelfScores[] {
  const history = inputs.history?.awards;
  const best = bestQuantities(compiled, returns, (_ret, i) => problemsByReturn[i] ?? []);
  return returns.map((ret, i) => {
    const points = criterionPoints(compiled, ret, { history, best });
    return {
      unitId: ret.unitId,
      points,
      aggregated: aggregatePoints(compiled, points),
      submittedAt: ret.submittedAt,
      complete: (problemsByReturn[i] ?? []).length === 0,
    };
  });
}

/**
 * The returns that can be ranked, with every return problem: a return made on another table or by a non-member,
 * or with an entry the severity rule refuses (`entrySeverity`), is set aside; of several returns by one unit `chooseReturns` decides which counts. `sources[i]` (optional) names
 * the file `returns[i]` came from.
 */
export function usableReturns(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  inputs: RankingInputs,
  sources?: readonly (string | undefined)[],
): { returns: UnitReturn[]; problemsByReturn: ReturnProblem[][]; problems: RankingProblem[] } {
  const problems: RankingProblem[] = [];
  const candidates: { ret: UnitReturn; source?: string; own: ReturnProblem[] }[] = [];
  for (const [i, ret] of returns.entries()) {
    const source = sources?.[i];
    const own = validateReturn(compiled, ret, { history: inputs.history?.awards });
    for (const p of own) {
      problems.push({
        source: "returns",
        path: p.code === undefined ? ret.unitId : `${ret.unitId} ${p.code}`,
        unitId: ret.unitId,
        code: p.code,
        type: p.type,
        ...(source === undefined ? {} : { file: source }),
        message: p.message,
        ...(p.outcome === undefined ? {} : { outcome: p.outcome }),
      });
    }
    // Made on another table, by a non-member, or with an entry refused (entrySeverity): not ranked until corrected.
    if (isRefusedReturn(own)) continue;
    candidates.push({ ret, ...(source === undefined ? {} : { source }), own });
  }
  const chosen = chooseReturns(compiled, candidates);
  problems.push(...chosen.problems);
  return {
    returns: chosen.kept.map((c) => c.ret),
    problemsByReturn: chosen.kept.map((c) => c.own),
    problems,
  };
}
