import { toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { CrossScoresFile } from "./crossScoresFileSchema";
import type { EligibilityFile } from "./eligibilityFileSchema";
import type { RankingInputKind, RankingProblem } from "./rankingProblem";
import type { ReviewsFile } from "./reviewsFileSchema";
import type { VotesFile } from "./votesFileSchema";

/**
 * Checks schema-valid ranking inputs against the template: units are members, codes are criteria or items (not
 * award-history items, which come from history), points within the criterion's maximum, no duplicate or conflicting
 * records, a second review only after a review, ballots for listed awards. Each problem names its file and field.
 */
export function checkRankingInputs(
  compiled: CompiledTemplate,
  inputs: {
    reviews?: ReviewsFile;
    cross?: CrossScoresFile;
    votes?: VotesFile;
    eligibility?: EligibilityFile;
  },
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
  inputs.reviews?.adjustments.forEach((a, i) => {
    const path = `adjustments[${i}]`;
    member("reviews", `${path}.unitId`, a.unitId);
    criterion("reviews", path, a.code, a.points, a.unitId);
    if (a.stage === "review") reviewed.add(`${a.unitId}|${a.code}`);
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
    member("reviews", `explanations[${i}].unitId`, e.unitId);
    criterion("reviews", `explanations[${i}]`, e.code, undefined, e.unitId);
  });

  const seenCross = new Map<string, number>();
  inputs.cross?.scores.forEach((s, i) => {
    const path = `scores[${i}]`;
    member("cross", `${path}.scorer`, s.scorer);
    member("cross", `${path}.unitId`, s.unitId);
    criterion("cross", path, s.code, s.points, s.unitId);
    const key = `${s.scorer}|${s.unitId}|${s.code}`;
    const prev = seenCross.get(key);
    if (prev !== undefined) {
      add(
        "cross",
        path,
        `"${s.scorer}" chấm "${s.unitId}" mục ${s.code} hai lần (xem scores[${prev}]).`,
        `"${s.scorer}" scores "${s.unitId}" on ${s.code} twice (see scores[${prev}]).`,
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
