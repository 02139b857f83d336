import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";

/**
 * The fixed words of the meeting's minutes (biên bản họp xét thi đua), Vietnamese first: the national motto, the
 * fill-in lines the secretary completes by hand, headings and the signature block. Facts come from the result.
 */
export const MINUTES_WORDS = {
  sheet: msg("Biên bản", "Minutes"),
  motto: msg("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
  motto2: msg("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
  title: msg("BIÊN BẢN", "MINUTES"),
  time: msg("Thời gian: … giờ … phút, ngày … tháng … năm …", "Time: … h …, on … / … / ……"),
  place: msg("Địa điểm: …", "Place: …"),
  chair: msg("Chủ trì: …", "Chaired by: …"),
  secretary: msg("Thư ký: …", "Secretary: …"),
  rankingHeading: msg("I. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG", "I. SCORES AND RANKING"),
  headers: [
    msg("Hạng", "Rank"),
    msg("Đơn vị", "Unit"),
    msg("Tổng điểm", "Total"),
    msg("Xếp loại", "Band"),
    msg("Đề nghị khen thưởng", "Proposed award"),
  ],
  noReturn: msg("Chưa có bản tự chấm hợp lệ", "No valid return"),
  pendingBallot: msg("chờ bỏ phiếu", "awaiting the ballot"),
  ties: msg("Các trường hợp bằng điểm:", "Ties:"),
  noTies: msg("Không có đơn vị nào bằng điểm.", "No units are tied."),
  held: msg("Đơn vị không được đề nghị khen thưởng:", "Units not proposed for an award:"),
  notRanked: msg("không xếp hạng", "not ranked"),
  awardsHeading: msg("II. ĐỀ NGHỊ KHEN THƯỞNG", "II. AWARD PROPOSALS"),
  noProposals: msg(
    "Kết quả không có đề nghị khen thưởng (quy chế chưa đặt chỉ tiêu).",
    "The result proposes no award (the policy sets no quota).",
  ),
  none: msg("không có", "none"),
  closing: msg(
    "Biên bản kết thúc lúc … giờ … cùng ngày, đã được đọc lại cho các thành viên dự họp và thông qua.",
    "The meeting closed at … h … the same day; these minutes were read out to the members present and adopted.",
  ),
  dateLine: msg("…, ngày … tháng … năm …", "…, date … / … / ……"),
  secretaryTitle: msg("THƯ KÝ", "SECRETARY"),
  chairTitle: msg("CHỦ TRÌ", "CHAIR"),
  signHint: msg("(Ký, ghi rõ họ tên)", "(Signature and full name)"),
} as const;

/** "Họp xét thi đua, khen thưởng năm 2019": what the meeting was. */
export function minutesSubtitle(year: number): Localized {
  return msg(
    `Họp xét thi đua, khen thưởng năm ${year}`,
    `Meeting on the ${year} emulation results and award proposals`,
  );
}

/** Members present is filled in by hand: the result does not hold who came. */
export function presentLine(members: number): Localized {
  return msg(
    `Thành viên có mặt: …/${members} đơn vị thành viên; vắng mặt: …`,
    `Members present: … of ${members} member units; absent: …`,
  );
}

/** Returns received, and the units whose return is missing, by name. */
export function returnsLine(received: number, members: number, missing: readonly string[]): Localized {
  const list = missing.join(", ");
  return msg(
    `Bản tự chấm điểm đã nhận: ${received}/${members} đơn vị` +
      (missing.length > 0 ? `; chưa có bản hợp lệ: ${list}.` : "."),
    `Self-scored returns received: ${received} of ${members} units` +
      (missing.length > 0 ? `; no valid return from: ${list}.` : "."),
  );
}

/** The provisional notice when members have no usable return (kết quả tạm thời). */
export function provisionalLine(missing: readonly string[], members: number): Localized {
  const list = missing.join(", ");
  return msg(
    `KẾT QUẢ TẠM THỜI: chưa có bản tự chấm hợp lệ của ${missing.length}/${members} đơn vị (${list}); xếp hạng và đề nghị khen thưởng có thể thay đổi khi đủ.`,
    `PROVISIONAL RESULT: no valid return from ${missing.length} of ${members} units (${list}); the ranking and the award proposals may change once they are in.`,
  );
}

/** "III. KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2020" and who, as the rotation rule decided or suggested. */
export function rotationLines(
  year: number,
  leader: string | null,
  deputy: string | null,
  lang: Lang,
): { heading: string; line: string } {
  const open = lang === "vi" ? "chưa xác định" : "undecided";
  return lang === "vi"
    ? {
        heading: `III. KHỐI TRƯỞNG, KHỐI PHÓ NĂM ${year}`,
        line: `Khối trưởng: ${leader ?? open}; Khối phó: ${deputy ?? open}.`,
      }
    : {
        heading: `III. LEADER AND DEPUTY UNITS FOR ${year}`,
        line: `Leader: ${leader ?? open}; deputy: ${deputy ?? open}.`,
      };
}
