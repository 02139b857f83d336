import type { Localized } from "../../../core/i18n";
import { msg } from "../../../core/i18n";
import type { ReturnStage } from "../../../core/periods";

/** The connected part's labels, Vietnamese first. */
export const connectedWords = {
  heading: msg("Kết nối máy chủ", "Connect to the server"),
  key: msg("Mã truy cập (Ban Thi đua cấp)", "Access key (from the board)"),
  signIn: msg("Đăng nhập", "Sign in"),
  signOut: msg("Đăng xuất", "Sign out"),
  loading: msg("Đang tải phần kết nối…", "Loading the connected part…"),
  submit: msg("Nộp bản tự chấm", "Submit the return"),
  submitAgain: msg("Nộp lại", "Submit again"),
  submitHint: msg(
    "Sửa hết lỗi trên trang chấm điểm thì mới nộp được.",
    "Fix every error on the sheet to submit.",
  ),
  pending: msg("Chờ gửi", "Pending"),
  sendAgain: msg("Gửi lại", "Send again"),
  refresh: msg("Làm mới", "Refresh"),
  receipt: msg("Biên nhận", "Receipt"),
  serverTotal: msg("Tổng điểm máy chủ tính:", "Total computed by the server:"),
  late: msg("nộp muộn", "late"),
  stage: msg("Trạng thái bản nộp", "Return status"),
  adjustments: msg("Điều chỉnh của tổ thẩm định", "Reviewers' adjustments"),
  own: msg("Đơn vị tự chấm", "Own"),
  reviewed: msg("Thẩm định", "Reviewed"),
  explain: msg("Giải trình", "Explain"),
  explanationSent: msg("Đã giải trình:", "Explained:"),
  board: msg("Bảng theo dõi nộp bài", "Status board"),
} satisfies Record<string, Localized>;

export const stageWords: Record<ReturnStage, Localized> = {
  draft: msg("Bản nháp (chưa nộp)", "Draft (not submitted)"),
  submitted: msg("Đã nộp", "Submitted"),
  "under-review": msg("Đang thẩm định", "Under review"),
  adjusted: msg("Đã điều chỉnh (có lý do)", "Adjusted (with reasons)"),
  final: msg("Đã chốt", "Final"),
};

export const memberStatusWords: Record<"submitted" | "late" | "missing", Localized> = {
  submitted: msg("Đã nộp", "Submitted"),
  late: msg("Nộp muộn", "Late"),
  missing: msg("Chưa nộp", "Missing"),
};

export const roleWords: Record<string, Localized> = {
  member: msg("Đơn vị thành viên", "Member unit"),
  leader: msg("Khối trưởng", "Bloc leader"),
  deputy: msg("Khối phó", "Deputy leader"),
  board: msg("Ban Thi đua – Khen thưởng", "Emulation board"),
  observer: msg("Theo dõi", "Observer"),
};

/** "còn 3 ngày 4 giờ" until the deadline, or how long ago it passed. */
export function countdown(deadline: Date, now: Date): Localized {
  const ms = deadline.getTime() - now.getTime();
  const hours = Math.floor(Math.abs(ms) / 3_600_000);
  const [d, h] = [Math.floor(hours / 24), hours % 24];
  return ms >= 0
    ? msg(`Hạn nộp: còn ${d} ngày ${h} giờ`, `Deadline: ${d} d ${h} h left`)
    : msg(`Đã quá hạn nộp ${d} ngày ${h} giờ`, `Deadline passed ${d} d ${h} h ago`);
}
