import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CandidateOutcome } from "../rankingResult";

const OUTCOME_WORDS: Partial<Record<CandidateOutcome, [vi: string, en: string]>> = {
  ineligible: ["không đủ điều kiện", "ineligible"],
  "below-minimum": ["dưới điểm tối thiểu", "below the minimum total"],
  band: ["xếp loại chưa đạt", "band too low"],
  prerequisite: ["chưa được đề nghị danh hiệu tiên quyết", "not proposed for the prerequisite award"],
  "already-proposed": ["đã được đề nghị danh hiệu khác", "already proposed for another award"],
  "last-year-holder": ["đã nhận năm trước", "received it last year"],
  "stepped-aside": ["nhường", "stepped aside"],
  "not-in-top-n": ["ngoài nhóm được bỏ phiếu", "not in the top N"],
  "vote-failed": ["không đạt ngưỡng phiếu", "vote threshold not met"],
};

/**
 * Why places of an award are unused: left to the meeting among the tied units, or no further unit meets the
 * conditions — with how many units each condition stopped, in the order the conditions first stopped one.
 */
export function unusedReason(
  unused: number,
  undecidedNames: string,
  outcomes: readonly CandidateOutcome[],
): Localized {
  if (undecidedNames !== "")
    return msg(
      `${unused} suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau: ${undecidedNames}`,
      `${unused} place(s) left to the meeting among the tied units: ${undecidedNames}`,
    );
  const counts = new Map<CandidateOutcome, number>();
  for (const o of outcomes) if (OUTCOME_WORDS[o] !== undefined) counts.set(o, (counts.get(o) ?? 0) + 1);
  const parts = [...counts].map(([o, c]) => [`${c} ${OUTCOME_WORDS[o]![0]}`, `${c} ${OUTCOME_WORDS[o]![1]}`]);
  return msg(
    `Không sử dụng ${unused} suất: không còn đơn vị đáp ứng điều kiện` +
      (parts.length ? ` (${parts.map((p) => p[0]).join(", ")})` : ""),
    `${unused} place(s) unused: no further unit meets the conditions` +
      (parts.length ? ` (${parts.map((p) => p[1]).join(", ")})` : ""),
  );
}
