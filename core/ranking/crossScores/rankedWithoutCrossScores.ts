import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { RankingPolicy } from "../../template/rankingPolicySchema";
import type { RankedUnit } from "../rankingResult";

/**
 * True when the bloc's policy ranks on cross-scores (chấm chéo) but no criterion of any unit took points from them —
 * no cross-scores file, or too few scorers everywhere — so the ranking silently fell back on the self scores (and
 * the reviews). False when no unit has a return: then nothing was ranked at all.
 */
export function rankedWithoutCrossScores(
  policy: Pick<RankingPolicy, "finalScore">,
  units: readonly Pick<RankedUnit, "hasReturn" | "stages">[],
): boolean {
  if (policy.finalScore !== "cross" || !units.some((u) => u.hasReturn)) return false;
  return !units.some((u) => u.stages.some((s) => s.trail.some((step) => step.stage === "cross")));
}

/** The line the ranked table prints (and the problem begins with) when `rankedWithoutCrossScores`. */
export const NO_CROSS_SCORES: Localized = msg(
  "Chưa có điểm chấm chéo: xếp theo điểm tự chấm",
  "No cross-scores yet: ranked on self scores",
);

/** The problem `rank` and `consolidate` report when `rankedWithoutCrossScores`. */
export const NO_CROSS_SCORES_PROBLEM: Localized = msg(
  `${NO_CROSS_SCORES.vi} (và điểm thẩm định nếu có), dù quy chế của khối xếp hạng theo điểm chấm chéo; kết quả là tạm thời cho đến khi có điểm chấm chéo của đủ số đơn vị chấm.`,
  `${NO_CROSS_SCORES.en} (and reviewed scores where given), although the bloc's policy ranks on cross-scores; the result is provisional until enough units' cross-scores are given.`,
);
