import type { Lang } from "../core/i18n";
import type { RankingProblem } from "../core/ranking";

const SOURCE_NAMES: Record<RankingProblem["source"], readonly [vi: string, en: string]> = {
  returns: ["bản tự chấm", "returns"],
  reviews: ["tệp thẩm định", "reviews file"],
  cross: ["tệp chấm chéo", "cross-scores file"],
  votes: ["tệp phiếu bầu", "votes file"],
  history: ["lịch sử khen thưởng", "award history"],
  eligibility: ["tệp điều kiện", "eligibility file"],
  policy: ["quy chế xếp hạng", "ranking policy"],
};

/**
 * Where a ranking problem is, in the user's words: the input it is about (the file the user gave for it when known)
 * and the field path, e.g. "tệp thẩm định adjustments[3].reason" or "out/votes.json ballots[0]".
 */
export function rankingProblemPlace(
  problem: Pick<RankingProblem, "source" | "path">,
  lang: Lang,
  files: Partial<Record<RankingProblem["source"], string>> = {},
): string {
  const where = files[problem.source] ?? SOURCE_NAMES[problem.source][lang === "vi" ? 0 : 1];
  return problem.path ? `${where} ${problem.path}` : where;
}
