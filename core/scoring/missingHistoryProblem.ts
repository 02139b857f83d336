import { criterionKind } from "../criteria/registry";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { ScoringOptions } from "./criterionPoints";
import type { ReturnProblem } from "./scoreResult";

/**
 * The problem of scoring a table with award-history bonuses without the bloc's award history (`ctx.history` not
 * given — an empty history is an answer: no award recorded): those bonuses count 0 whether or not the unit
 * received the award, so no total is final. One problem for the whole bloc, not one per return: the history is a
 * bloc's input, not part of a return. Undefined when the history is given or the table has no such bonus.
 */
export function missingHistoryProblem(
  compiled: CompiledTemplate,
  ctx: ScoringOptions | undefined,
): ReturnProblem | undefined {
  if (ctx?.history !== undefined) return undefined;
  const codes = compiled.bonusItems
    .filter((n) => n.rule !== undefined && criterionKind(n.rule).readsHistory === true)
    .map((n) => n.code);
  if (codes.length === 0) return undefined;
  const list = codes.join(", ");
  return {
    type: "history-missing",
    message: msg(
      `Chưa có lịch sử khen thưởng của khối: điểm thưởng theo lịch sử khen thưởng (${list}) đang tạm tính 0, nên tổng điểm là tạm tính, chưa phải kết quả cuối cùng.`,
      `The bloc's award history is missing: the award-history bonus (${list}) counts 0 for now, so the total is provisional, not final.`,
    ),
  };
}
