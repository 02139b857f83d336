import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";

/** The pane's own labels, Vietnamese first; messages about the table and the sheet come from core. */
export const words = {
  subtitle: msg("Tự chấm điểm thi đua của đơn vị", "Your unit's emulation self-score"),
  otherLang: msg("English", "Tiếng Việt"),
  otherLangLabel: msg("Switch to English", "Chuyển sang tiếng Việt"),
  notInExcel: msg(
    "Mở Thi Đua trong Excel để chèn trang chấm điểm. Ở đây chỉ xem được bảng điểm.",
    "Open Thi Dua inside Excel to insert the scoring sheet. Here you can only browse the tables.",
  ),
  ready: msg("Sẵn sàng.", "Ready."),
  table: msg("Bảng chấm điểm", "Scoring table"),
  chooseTable: msg("— Chọn bảng điểm mẫu —", "— Choose a sample table —"),
  openFile: msg("Mở tệp bảng điểm…", "Open a table file…"),
  tableFile: msg("Bảng điểm đang dùng:", "Table in use:"),
  tableInvalid: msg("Không dùng được bảng điểm này:", "This table cannot be used:"),
  unit: msg("Đơn vị", "Unit"),
  chooseUnit: msg("— Chọn đơn vị của bạn —", "— Choose your unit —"),
  insert: msg("Chèn trang chấm điểm", "Insert scoring sheet"),
  reinsert: msg("Chèn lại trang chấm điểm", "Insert the scoring sheet again"),
  checkAgain: msg("Kiểm tra lại", "Check again"),
  save: msg("Lưu kết quả (.json)", "Save return (.json)"),
  retry: msg("Thử lại", "Retry"),
  total: msg("Tổng điểm", "Total"),
  provisional: msg("Tạm tính:", "Provisional:"),
  problems: msg("Lỗi cần sửa", "Problems to fix"),
  noProblems: msg("Không còn lỗi. Có thể lưu kết quả.", "No problems left. You can save the return."),
  missing: msg("Tiêu chí chưa nhập", "Criteria not filled in yet"),
  missingEntry: msg("chưa nhập kết quả", "no result entered yet"),
  selectCell: msg("Bấm để đến ô", "Click to go to the cell"),
  criteria: msg("Điểm từng tiêu chí", "Points per criterion"),
  criteriaHint: msg("Bấm một tiêu chí để xem vì sao được số điểm đó.", "Click a criterion to see why."),
  points: msg("điểm", "points"),
  cell: msg("Ô", "Cell"),
} satisfies Record<string, Localized>;

/** "Vì sao được 26 điểm" for the explanation's heading. */
export function whyPoints(points: string): Localized {
  return msg(`Vì sao được ${points} điểm`, `Why ${points} points`);
}
