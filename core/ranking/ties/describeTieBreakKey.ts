import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { TieBreakKey } from "../../template/rankingPolicySchema";
import { awardName } from "../awards/awardName";

/** A tie-break rule in words, for labels: "phiếu bầu Cờ thi đua của UBND tỉnh", "điểm mục I", "Hội nghị quyết định". */
export function describeTieBreakKey(key: TieBreakKey, compiled: CompiledTemplate): Localized {
  switch (key.key) {
    case "votes": {
      const name = awardName(compiled, key.award);
      return msg(`phiếu bầu ${name.vi}`, `votes for the ${name.en}`);
    }
    case "section":
      return msg(`điểm mục ${key.code}`, `score in ${key.code}`);
    case "fewerDeductions":
      return msg("điểm trừ", "deductions");
    case "moreBonus":
      return msg("điểm thưởng", "bonus points");
    case "earliestSubmission":
      return msg("thời điểm nộp hồ sơ đầy đủ", "time of the complete submission");
    case "lastYearRank":
      return msg("hạng năm trước", "last year's rank");
    case "meeting":
      return msg("Hội nghị quyết định", "the meeting decides");
  }
}
