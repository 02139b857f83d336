import { fromFixed, toFixed } from "../../decimal/fixed";
import { formatNumber } from "../../i18n/formatNumber";
import { msg } from "../../i18n/localized";
import { pointsFromHistory } from "../../criteria/registry";
import type { CompiledTemplate } from "../../template/compileTemplate";
import { criterionName, unitName } from "../../template/displayNames";
import type { RankingInputKind, RankingProblem } from "../rankingProblem";

/** The checks every year-end record shares, collecting their problems in order (see `checkRankingInputs`). */
export type RecordChecker = {
  compiled: CompiledTemplate;
  problems: RankingProblem[];
  add(source: RankingInputKind, path: string, vi: string, en: string, unitId?: string, code?: string): void;
  /** True when `id` is a member; otherwise reports it at `path`. */
  member(source: RankingInputKind, path: string, id: string): boolean;
  /** Reports a record about a member without a ranked return (`what`: "this adjustment" in both languages). */
  returned(source: RankingInputKind, path: string, id: string, what: [string, string]): void;
  /** The ranking's year (the table's). */
  year: number;
  /**
   * Reports a time (ISO, written in the writer's own offset) outside the ranking's year and the next (a year-end
   * meeting may meet in January): a record of another year's meeting would otherwise count in this one.
   */
  thisYear(source: RankingInputKind, path: string, time: string | undefined, unitId?: string): void;
  /** Reports a code that is not a scorable criterion or item, and points above its maximum. */
  criterion(
    source: RankingInputKind,
    path: string,
    code: string,
    points: number | undefined,
    unitId: string,
  ): void;
};

/** A checker for one bloc's records; `withReturn`, when given, names the units whose return is ranked. */
export function recordChecker(compiled: CompiledTemplate, withReturn?: ReadonlySet<string>): RecordChecker {
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
      `${unitName(compiled, id)} không có bảng tự chấm được xếp hạng: ${what[0]} không được tính.`,
      `${unitName(compiled, id)} has no ranked return: ${what[1]} does not count.`,
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
    const item = criterionName(compiled, code);
    if (pointsFromHistory(node.rule)) {
      add(
        source,
        `${path}.code`,
        `${capital(item.vi)} tính từ lịch sử khen thưởng, không chấm tay.`,
        `${capital(item.en)} comes from the award history and is not scored by hand.`,
        unitId,
        code,
      );
    }
    if (points !== undefined && toFixed(points) > node.max) {
      const max = fromFixed(node.max);
      add(
        source,
        `${path}.points`,
        `${capital(item.vi)} của ${unitName(compiled, unitId)}: ${formatNumber(points, "vi")} điểm vượt điểm tối đa ${formatNumber(max, "vi")}.`,
        `${capital(item.en)} of ${unitName(compiled, unitId)}: ${formatNumber(points, "en")} points is above the maximum ${formatNumber(max, "en")}.`,
        unitId,
        code,
      );
    }
  };

  const year = compiled.template.identity.year;
  const thisYear = (source: RankingInputKind, path: string, time: string | undefined, unitId?: string) => {
    if (time === undefined) return;
    const written = Number(time.slice(0, 4));
    if (written === year || written === year + 1) return;
    add(
      source,
      path,
      `Thời điểm ${time} thuộc năm ${written}, không phải năm xếp hạng ${year} (hoặc đầu năm ${year + 1}): bản ghi của năm khác không được tính.`,
      `The time ${time} is in ${written}, not in the ranking's year ${year} (or early ${year + 1}): another year's record does not count.`,
      unitId,
    );
  };

  return { compiled, problems, add, member, returned, criterion, year, thisYear };
}

/** "tiêu chí …" at the start of a sentence. */
function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
