import { DEFAULT_RANKING_POLICY } from "../../template/rankingPolicySchema";
import { criterionName, unitName } from "../../template/displayNames";
import type { CrossScoresFile } from "../crossScoresFileSchema";
import type { RecordChecker } from "./recordChecker";

/** Cross-scores: only where the policy ranks by them, no unit scoring itself, members as scorers and scored units, scorable codes within their maximum, one score per scorer, unit and code. */
export function checkCrossScores(check: RecordChecker, cross: CrossScoresFile | undefined): void {
  const { add, member, returned, criterion, compiled } = check;
  const policy = compiled.template.ranking ?? DEFAULT_RANKING_POLICY;
  const scores = cross?.scores ?? [];
  if (scores.length > 0 && policy.finalScore !== "cross") {
    add(
      "cross",
      "scores",
      `Quy chế xếp hạng theo điểm thẩm định (finalScore "${policy.finalScore}"): ${scores.length} điểm chấm chéo không được tính.`,
      `The policy ranks by reviewed scores (finalScore "${policy.finalScore}"): the ${scores.length} cross-score(s) do not count.`,
    );
  }
  const seenCross = new Map<string, number>();
  const unit = (id: string) => unitName(compiled, id);
  scores.forEach((s, i) => {
    const path = `scores[${i}]`;
    if (s.scorer === s.unitId) {
      add(
        "cross",
        `${path}.scorer`,
        `${unit(s.scorer)} tự chấm chéo chính mình: điểm này không được tính.`,
        `${unit(s.scorer)} cross-scores itself: the score does not count.`,
        s.unitId,
        s.code,
      );
    }
    if (!compiled.memberIds.has(s.scorer)) {
      add(
        "cross",
        `${path}.scorer`,
        `Đơn vị chấm "${s.scorer}" không phải đơn vị thành viên của Khối: điểm này không được tính.`,
        `The scorer "${s.scorer}" is not a member of the bloc: the score does not count.`,
        s.unitId,
        s.code,
      );
    }
    if (member("cross", `${path}.unitId`, s.unitId))
      returned("cross", `${path}.unitId`, s.unitId, ["điểm chấm chéo này", "this cross-score"]);
    criterion("cross", path, s.code, s.points, s.unitId);
    const key = `${s.scorer}|${s.unitId}|${s.code}`;
    const prev = seenCross.get(key);
    if (prev !== undefined) {
      const item = criterionName(compiled, s.code);
      add(
        "cross",
        path,
        `${unit(s.scorer)} chấm ${item.vi} của ${unit(s.unitId)} hai lần (xem scores[${prev}]): không tính điểm nào của ${unit(s.scorer)} cho mục này.`,
        `${unit(s.scorer)} scores ${unit(s.unitId)} on ${item.en} twice (see scores[${prev}]): neither of its scores for it counts.`,
        s.unitId,
        s.code,
      );
    } else seenCross.set(key, i);
  });
}
