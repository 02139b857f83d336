import type { ReturnReceipt } from "../../../core/api";
import type { RankingInputs } from "../../../core/ranking";

type HistoryFile = NonNullable<RankingInputs["history"]>;
import type { UnitReturn } from "../../../core/returns";
import { scoreReturn } from "../../../core/scoring";
import type { CompiledTemplate } from "../../../core/template";

/** Problem types that mean the return cannot belong to this period's table or bloc: refused, not stored. */
export const REFUSED_PROBLEMS = new Set(["fingerprint-mismatch", "template-mismatch", "unknown-unit"]);

/**
 * Recomputes a return with core's scoring (the server never keeps a total the client sent): the totals, whether
 * they are provisional, and every problem found, for the receipt. The one place the functions score a return.
 */
export function recomputeReturn(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  history: HistoryFile,
): Pick<ReturnReceipt, "baseScore" | "bonus" | "deductions" | "total" | "provisional" | "problems"> {
  const scored = scoreReturn(compiled, ret, { history: history.awards });
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
