import type { Lang } from "../i18n/localized";

/** The History sheet's words in one language (Vietnamese first); facts come from the history answer. */
export function historyWords(lang: Lang) {
  const vi = lang === "vi";
  const years = (list: readonly number[]) => list.join(", ");
  return {
    sheet: vi ? "Lịch sử" : "History",
    title: (bloc: string) => (vi ? `LỊCH SỬ THI ĐUA – ${bloc}` : `EMULATION HISTORY – ${bloc}`),
    subtitle: (from: number, to: number) =>
      vi
        ? `Kết quả tổng kết năm đã chốt, ${from === to ? `năm ${from}` : `các năm ${from}–${to}`}`
        : `Finalized year-end results, ${from === to ? String(from) : `${from}–${to}`}`,
    nothingYet: vi
      ? "Chưa có kết quả tổng kết năm nào được chốt."
      : "No year-end result has been finalized yet.",
    totals: vi ? "Tổng điểm thống nhất theo năm" : "Agreed totals by year",
    ranks: vi ? "Thứ hạng theo năm" : "Ranks by year",
    year: vi ? "Năm" : "Year",
    terms: vi ? "Nhiệm kỳ Khối trưởng, Khối phó" : "Leader and deputy units by year",
    leader: vi ? "Khối trưởng" : "Leader",
    deputy: vi ? "Khối phó" : "Deputy",
    noTerms: vi ? "Chưa ghi nhiệm kỳ nào." : "No term recorded.",
    ledYears: (unit: string, list: readonly number[]) =>
      vi
        ? `${unit}: ${list.length} năm làm Khối trưởng (${years(list)})`
        : `${unit}: leader for ${list.length} year${list.length === 1 ? "" : "s"} (${years(list)})`,
    nextHeading: (year: number) =>
      vi ? `Gợi ý Khối trưởng, Khối phó năm ${year}` : `Suggested leader and deputy for ${year}`,
    nextLine: (leader: string, deputy: string) =>
      vi ? `Khối trưởng: ${leader}; Khối phó: ${deputy}` : `Leader: ${leader}; deputy: ${deputy}`,
    noReason: (year: number) =>
      vi
        ? `(Kết quả năm ${year} được chốt trước khi lý do luân phiên được lưu.)`
        : `(The ${year} result was finalized before the rotation's reason was kept.)`,
    undecided: vi ? "chưa xác định" : "undecided",
    chartTitle: vi ? "Tổng điểm thi đua qua các năm" : "Emulation totals across the years",
  };
}
