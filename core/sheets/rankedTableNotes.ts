import { criterionKind } from "../criteria/registry";
import { NO_CROSS_SCORES, rankedWithoutCrossScores } from "../ranking/crossScores/rankedWithoutCrossScores";
import { rankingPolicyOf } from "../ranking/rankScoreTable";
import type { RankingResult } from "../ranking/rankingResult";
import type { CompiledTemplate } from "../template/compileTemplate";

/**
 * The lines printed right below the ranked table that say what its figures are: a policy that ranks on cross-scores
 * ranked without any ("Chưa có điểm chấm chéo: xếp theo điểm tự chấm"), and, when the table has criteria only the
 * consolidation computes, that Điểm tự chấm is the A of the unit's own sheet, where those criteria count 0.
 */
export function rankedTableNotes(
  compiled: CompiledTemplate,
  result: RankingResult,
): [text: string, style: "label" | "note"][] {
  const notes: [string, "label" | "note"][] = [];
  if (rankedWithoutCrossScores(rankingPolicyOf(compiled), result.units))
    notes.push([
      `${NO_CROSS_SCORES.vi} (quy chế của khối xếp hạng theo điểm chấm chéo; kết quả tạm thời).`,
      "label",
    ]);
  const later = compiled.scorable.filter(
    (n) => n.block === "sections" && criterionKind(n.rule!).blocBest !== undefined,
  );
  if (later.length > 0) {
    const codes = later.map((n) => n.code).join(", ");
    notes.push([
      `Điểm tự chấm: điểm A (tổng điểm các nội dung) trên bảng tự chấm của đơn vị; tiêu chí ${codes} (so với đơn vị cao nhất khối) được tính khi tổng hợp cả khối, có trong Điểm thẩm định.`,
      "note",
    ]);
  }
  return notes;
}
