import type { HistoryFile } from "../historyFileSchema";
import type { RecordChecker } from "./recordChecker";
import { historyAward } from "../../criteria/registry";

/**
 * The history file against the table: the same bloc, awards the table lists or scores as bonuses, members, and only
 * past years (a term may be this year's). A typo in a unit or an award id would otherwise silently drop a bonus or
 * the last-year-holder rule; a record of a former member does not count this year and must leave the file.
 */
export function checkHistory(check: RecordChecker, history: HistoryFile | undefined): void {
  if (history === undefined) return;
  const { add, member, compiled, year } = check;
  const bloc = compiled.template.identity.bloc.id;
  if (history.bloc !== undefined && history.bloc !== bloc) {
    add(
      "history",
      "bloc",
      `Tệp lịch sử của khối "${history.bloc}", không phải khối "${bloc}" của bảng điểm.`,
      `The history file is bloc "${history.bloc}"'s, not the table's bloc "${bloc}".`,
    );
  }
  const awards = new Set(compiled.template.awards.map((a) => a.id));
  for (const node of compiled.scorable) {
    const award = historyAward(node.rule);
    if (award !== undefined) awards.add(award);
  }
  const past = (path: string, recordYear: number, unitId: string, orThisYear = false) => {
    if (recordYear < year || (orThisYear && recordYear === year)) return;
    add(
      "history",
      path,
      `Năm ${recordYear} chưa qua: lịch sử chỉ ghi các năm trước năm xếp hạng ${year}${orThisYear ? " (nhiệm kỳ: đến năm nay)" : ""}.`,
      `${recordYear} has not passed: the history records only the years before the ranking's ${year}${orThisYear ? " (terms: up to this year)" : ""}.`,
      unitId,
    );
  };
  history.awards.forEach((a, i) => {
    member("history", `awards[${i}].unitId`, a.unitId);
    past(`awards[${i}].year`, a.year, a.unitId);
    if (!awards.has(a.award)) {
      add(
        "history",
        `awards[${i}].award`,
        `Danh hiệu "${a.award}" không có trong "awards" của bảng, cũng không là mục thưởng theo lịch sử khen thưởng.`,
        `Award "${a.award}" is neither in the template's "awards" nor an award-history bonus item.`,
        a.unitId,
      );
    }
  });
  history.ranks.forEach((r, i) => {
    member("history", `ranks[${i}].unitId`, r.unitId);
    past(`ranks[${i}].year`, r.year, r.unitId);
  });
  history.terms.forEach((t, i) => {
    past(`terms[${i}].year`, t.year, t.leader, true);
    if (t.year === year) {
      member("history", `terms[${i}].leader`, t.leader);
      if (t.deputy !== undefined) member("history", `terms[${i}].deputy`, t.deputy);
    }
  });
}
