import { toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import { DEFAULT_RANKING_POLICY } from "../template/rankingPolicySchema";
import type { CrossScoresFile } from "./crossScoresFileSchema";
import type { EligibilityFile } from "./eligibilityFileSchema";
import type { RankingInputKind, RankingProblem } from "./rankingProblem";
import type { ReviewsFile } from "./reviewsFileSchema";
import type { VotesFile } from "./votesFileSchema";

/**
 * Checks schema-valid ranking inputs against the template: units are members, codes are criteria or items (not
 * award-history items, which come from history), points within the criterion's maximum, no duplicate or conflicting
 * records, a second review only after a review, an explanation only about a reviewed criterion, no unit scoring
 * itself, cross-scores only where the policy ranks by them, ballots for listed awards with the bloc's member count,
 * and (given `withReturn`) no review or cross-score of a unit without a usable return. Each problem names its file
 * and field; a record reported here never counts in the ranking.
 */
export function checkRankingInputs(
  compiled: CompiledTemplate,
  inputs: {
    reviews?: ReviewsFile;
    cross?: CrossScoresFile;
    votes?: VotesFile;
    eligibility?: EligibilityFile;
  },
  /** The units whose return is ranked; when given, records about other members are reported. */
  withReturn?: ReadonlySet<string>,
): RankingProblem[] {
  const problems: RankingProblem[] = [];
  const add = (
    source: RankingInputKind,
    path: string,
    vi: string,
    en: string,
    unitId?: string,
    code?: string,
  ) => problems.push({ source, path, unitId, code, message: msg(vi, en) });
  const members = compiled.memberIds;
  const awards = new Set(compiled.template.awards.map((a) => a.id));
  const member = (source: RankingInputKind, path: string, id: string) => {
    if (members.has(id)) return true;
    add(
      source,
      path,
      `"${id}" không phải đơn vị thành viên của Khối.`,
      `"${id}" is not a member of the bloc.`,
      id,
    );
    return false;
  };
  const returned = (source: RankingInputKind, path: string, id: string, what: [string, string]) => {
    if (withReturn === undefined || !members.has(id) || withReturn.has(id)) return;
    add(
      source,
      path,
      `"${id}" không có bảng tự chấm được xếp hạng: ${what[0]} không được tính.`,
      `"${id}" has no ranked return: ${what[1]} does not count.`,
      id,
    );
  };
  const criterion = (
    source: RankingInputKind,
    path: string,
    code: string,
    points: number | undefined,
    unitId: string,
  ) => {
    const node = compiled.byCode.get(code);
    if (node === undefined || node.rule === undefined) {
      add(
        source,
        `${path}.code`,
        `Mã "${code}" không phải tiêu chí hoặc mục thưởng/trừ của bảng.`,
        `"${code}" is not a criterion or bonus/deduction item of the table.`,
        unitId,
        code,
      );
      return;
    }
    if (node.rule.kind === "awardHistory") {
      add(
        source,
        `${path}.code`,
        `Mục ${code} tính từ lịch sử khen thưởng, không chấm tay.`,
        `${code} comes from the award history and is not scored by hand.`,
        unitId,
        code,
      );
    }
    if (points !== undefined && toFixed(points) > node.max) {
      const max = node.max / 10_000;
      add(
        source,
        `${path}.points`,
        `Mục ${code}: ${formatNumber(points, "vi")} điểm vượt điểm tối đa ${formatNumber(max, "vi")}.`,
        `${code}: ${formatNumber(points, "en")} points is above the maximum ${formatNumber(max, "en")}.`,
        unitId,
        code,
      );
    }
  };

  const reviewed = new Set<string>();
  const seenAdj = new Map<string, number>();
  const adjusted = new Set<string>();
  inputs.reviews?.adjustments.forEach((a, i) => {
    const path = `adjustments[${i}]`;
    if (member("reviews", `${path}.unitId`, a.unitId))
      returned("reviews", `${path}.unitId`, a.unitId, ["điều chỉnh này", "this adjustment"]);
    criterion("reviews", path, a.code, a.points, a.unitId);
    if (a.stage === "review") reviewed.add(`${a.unitId}|${a.code}`);
    adjusted.add(`${a.unitId}|${a.code}`);
    const key = `${a.unitId}|${a.code}|${a.stage}|${Date.parse(a.at)}`;
    const prev = seenAdj.get(key);
    if (prev !== undefined) {
      add(
        "reviews",
        `${path}.at`,
        `Trùng thời điểm với adjustments[${prev}] (cùng đơn vị, mục, vòng): không xác định được điều chỉnh nào sau.`,
        `Same time as adjustments[${prev}] (same unit, code and stage): which one is later is unknown.`,
        a.unitId,
        a.code,
      );
    } else seenAdj.set(key, i);
  });
  inputs.reviews?.adjustments.forEach((a, i) => {
    if (a.stage === "second-review" && !reviewed.has(`${a.unitId}|${a.code}`)) {
      add(
        "reviews",
        `adjustments[${i}].stage`,
        `Thẩm định lại mục ${a.code} của "${a.unitId}" nhưng chưa có thẩm định lần đầu.`,
        `A second review of ${a.code} for "${a.unitId}" without a first review.`,
        a.unitId,
        a.code,
      );
    }
  });
  inputs.reviews?.explanations.forEach((e, i) => {
    const path = `explanations[${i}]`;
    if (member("reviews", `${path}.unitId`, e.unitId))
      returned("reviews", `${path}.unitId`, e.unitId, ["giải trình này", "this explanation"]);
    criterion("reviews", path, e.code, undefined, e.unitId);
    if (!adjusted.has(`${e.unitId}|${e.code}`)) {
      add(
        "reviews",
        `${path}.code`,
        `Giải trình mục ${e.code} của "${e.unitId}" nhưng mục này chưa được thẩm định.`,
        `An explanation of ${e.code} by "${e.unitId}", but that criterion was not reviewed.`,
        e.unitId,
        e.code,
      );
    }
  });

  const policy = compiled.template.ranking ?? DEFAULT_RANKING_POLICY;
  const scores = inputs.cross?.scores ?? [];
  if (scores.length > 0 && policy.finalScore !== "cross") {
    add(
      "cross",
      "scores",
      `Quy chế xếp hạng theo điểm thẩm định (finalScore "${policy.finalScore}"): ${scores.length} điểm chấm chéo không được tính.`,
      `The policy ranks by reviewed scores (finalScore "${policy.finalScore}"): the ${scores.length} cross-score(s) do not count.`,
    );
  }
  const seenCross = new Map<string, number>();
  scores.forEach((s, i) => {
    const path = `scores[${i}]`;
    if (s.scorer === s.unitId) {
      add(
        "cross",
        `${path}.scorer`,
        `"${s.scorer}" tự chấm chéo chính mình: điểm này không được tính.`,
        `"${s.scorer}" cross-scores itself: the score does not count.`,
        s.unitId,
        s.code,
      );
    }
    if (!members.has(s.scorer)) {
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
      add(
        "cross",
        path,
        `"${s.scorer}" chấm "${s.unitId}" mục ${s.code} hai lần (xem scores[${prev}]): không tính điểm nào của "${s.scorer}" cho mục này.`,
        `"${s.scorer}" scores "${s.unitId}" on ${s.code} twice (see scores[${prev}]): neither of its scores for it counts.`,
        s.unitId,
        s.code,
      );
    } else seenCross.set(key, i);
  });

  const size = compiled.template.members.length;
  inputs.votes?.ballots.forEach((b, i) => {
    if (!awards.has(b.award)) {
      add(
        "votes",
        `ballots[${i}].award`,
        `Danh hiệu "${b.award}" không có trong "awards" của bảng.`,
        `Award "${b.award}" is not listed in the template's "awards".`,
      );
    }
    if (b.membersTotal !== size) {
      add(
        "votes",
        `ballots[${i}].membersTotal`,
        `Tổng số thành viên ${b.membersTotal} khác số đơn vị của Khối (${size}).`,
        `membersTotal ${b.membersTotal} differs from the bloc's ${size} members.`,
      );
    }
    b.tallies.forEach((t, j) => member("votes", `ballots[${i}].tallies[${j}].unitId`, t.unitId));
  });
  inputs.votes?.elections.forEach((b, i) => {
    if (b.membersTotal !== size) {
      add(
        "votes",
        `elections[${i}].membersTotal`,
        `Tổng số thành viên ${b.membersTotal} khác số đơn vị của Khối (${size}).`,
        `membersTotal ${b.membersTotal} differs from the bloc's ${size} members.`,
      );
    }
    b.tallies.forEach((t, j) => member("votes", `elections[${i}].tallies[${j}].unitId`, t.unitId));
  });

  inputs.eligibility?.flags.forEach((f, i) => member("eligibility", `flags[${i}].unitId`, f.unitId));
  inputs.eligibility?.stepsAside.forEach((s, i) => {
    member("eligibility", `stepsAside[${i}].unitId`, s.unitId);
    if (!awards.has(s.award)) {
      add(
        "eligibility",
        `stepsAside[${i}].award`,
        `Danh hiệu "${s.award}" không có trong "awards" của bảng.`,
        `Award "${s.award}" is not listed in the template's "awards".`,
        s.unitId,
      );
    }
  });
  return problems;
}
