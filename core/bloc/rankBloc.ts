import type { Localized } from "../i18n/localized";
import { inAwardOrder } from "../ranking/awards/awardOrder";
import { closeCallSentence } from "../ranking/stability/closeCallSentence";
import { rankReturns } from "../ranking/rankBloc";
import type { RankingInputs, SelfScores } from "../ranking/rankingInputs";
import type { AwardProposal, CloseCall, RankingResult } from "../ranking/rankingResult";
import type { WhatIf } from "../ranking/stability/whatIfOneRank";
import { whatIfOneRank } from "../ranking/stability/whatIfOneRank";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";

/** A parsed return and where it came from (a file name, a stored submission's id), named in its problems. */
export type ReturnSource = { source?: string; return: UnitReturn };

/** Everything an adapter shows of a ranked bloc: it renders these and decides nothing. */
export type RankedBloc = {
  /** The ranking (the same value `thidua rank --json` prints). */
  result: RankingResult;
  /** The self points the ranking started from (the consolidation sheet shows them beside the agreed points). */
  selfScores: SelfScores[];
  /** The proposals in the bloc's order of awards, highest first (as the table and the minutes list them). */
  proposalsInAwardOrder: AwardProposal[];
  /** Each close call of the stability check with its line, in words that agree with how the pair was decided. */
  closeCalls: { call: CloseCall; sentence: Localized }[];
  /** What one unit would need to move up a rank, when asked for. */
  whatIf?: WhatIf;
};

/**
 * Ranks a bloc's year (xếp hạng khối): the returns with their sources and the year-end files → the ranking (one
 * return per unit by `chooseReturns`' rule, reviews, ties, eligibility, proposals, stability, rotation), the self
 * scores it started from, and — when `whatIf` names a unit — what that unit would need to move up, computed from
 * the same self scores. Problems are listed in `result.problems`, never thrown.
 */
export function rankBloc(
  compiled: CompiledTemplate,
  returns: readonly ReturnSource[],
  inputs: RankingInputs = {},
  options: { whatIf?: string } = {},
): RankedBloc {
  const { result, selfScores } = rankReturns(
    compiled,
    returns.map((r) => r.return),
    inputs,
    returns.map((r) => r.source),
  );
  return {
    result,
    selfScores,
    proposalsInAwardOrder: inAwardOrder(compiled, result.proposals, (p) => p.award),
    closeCalls: result.stability.closeCalls.map((call) => ({
      call,
      sentence: closeCallSentence(call, result),
    })),
    ...(options.whatIf === undefined
      ? {}
      : { whatIf: whatIfOneRank(compiled, selfScores, inputs, options.whatIf) }),
  };
}
