import type { ReturnReceipt } from "../../../core/api";
import { scoreBloc } from "../../../core/bloc";
import type { RankingInputs } from "../../../core/ranking";
import type { UnitReturn } from "../../../core/returns";
import { isReturnLevelProblem } from "../../../core/scoring";
import type { CompiledTemplate } from "../../../core/template";

type HistoryFile = NonNullable<RankingInputs["history"]>;
type Recomputed = Pick<
  ReturnReceipt,
  "baseScore" | "bonus" | "deductions" | "total" | "provisional" | "problems"
>;

/** A problem that means the return cannot belong to this period's table or bloc: refused, not stored (core's rule). */
export function isRefusedProblem(problem: Recomputed["problems"][number]): boolean {
  return (
    problem.type === "unreadable-file" ||
    isReturnLevelProblem(problem as Parameters<typeof isReturnLevelProblem>[0])
  );
}

/**
 * Recomputes a return with core's scoring use case (the server never keeps a total the client sent): the totals,
 * whether they are provisional, and every problem found, for the receipt. The one place the functions score a return.
 */
export function recomputeReturn(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  history: HistoryFile,
): Recomputed {
  // The same use case as `thidua score`: one return alone waits for the bloc's best on relative-to-best criteria.
  const [outcome] = scoreBloc(compiled, [{ source: ret.unitId, data: ret }], { history: history.awards });
  if (outcome === undefined || !outcome.ok) {
    const problems = outcome?.problems ?? [];
    return {
      baseScore: 0,
      bonus: 0,
      deductions: 0,
      total: 0,
      provisional: true,
      problems: problems.map((p) => ({
        type: p.type,
        ...("code" in p && p.code !== undefined ? { code: p.code } : {}),
        message: { vi: p.message.vi, en: p.message.en },
      })),
    };
  }
  const scored = outcome.result;
  return {
    baseScore: scored.baseScore,
    bonus: scored.bonus,
    deductions: scored.deductions,
    total: scored.total,
    provisional: scored.provisional,
    problems: scored.problems.map((p) => ({
      type: p.type,
      ...(p.code === undefined ? {} : { code: p.code }),
      message: { vi: p.message.vi, en: p.message.en },
    })),
  };
}
