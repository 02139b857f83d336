import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import { ExcelTimeoutError } from "../excel/withWatchdog";

/** A failure as the user reads it: what happened and what to do, and whether "Thử lại" (retry) makes sense. */
export type Failure = { message: Localized; retryable: boolean };

/** Office.js errors carry a code (OfficeExtension.Error); anything else thrown is read by its name and message. */
type ErrorLike = { code?: unknown; name?: unknown; message?: unknown };

/** Turns anything thrown into a Vietnamese sentence (then English) that says what happened and what to do. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof ExcelTimeoutError) {
    const seconds = Math.round(error.ms / 1000);
    return {
      message: msg(
        `Excel không phản hồi sau ${seconds} giây (có thể đang sửa một ô hoặc mở một hộp thoại). Nhấn Enter hoặc Esc trong Excel rồi bấm "Thử lại".`,
        `Excel did not answer within ${seconds} seconds (a cell may be in edit mode or a dialog open). Press Enter or Esc in Excel, then "Retry".`,
      ),
      retryable: true,
    };
  }
  const e = (typeof error === "object" && error !== null ? error : { message: String(error) }) as ErrorLike;
  const code = typeof e.code === "string" ? e.code : "";
  const text = typeof e.message === "string" ? e.message : "";
  switch (code) {
    case "ItemNotFound":
      return {
        message: msg(
          'Không tìm thấy trang "Chấm điểm" trong sổ tính. Bấm "Chèn trang chấm điểm" để tạo lại.',
          'The "Chấm điểm" sheet is not in the workbook. Press "Insert scoring sheet" to create it again.',
        ),
        retryable: false,
      };
    case "AccessDenied":
    case "InvalidOperation":
    case "InvalidOperationInCellEditMode":
      return {
        message: msg(
          'Excel từ chối thao tác (ô đang được sửa hoặc trang tính đang khóa). Nhấn Enter để kết thúc việc sửa ô rồi bấm "Thử lại".',
          'Excel refused (a cell is being edited or the sheet is locked). Press Enter to finish the edit, then "Retry".',
        ),
        retryable: true,
      };
    case "RequestPayloadSizeLimitExceeded":
      return {
        message: msg(
          "Bảng điểm quá lớn để ghi trong một lần trên Excel cho web. Hãy dùng Excel trên máy tính hoặc báo người quản trị.",
          "The table is too large to write at once in Excel on the web. Use desktop Excel or tell your administrator.",
        ),
        retryable: false,
      };
    default:
      break;
  }
  if (code !== "") {
    return {
      message: msg(
        `Excel báo lỗi (${code}). Bấm "Thử lại"; nếu vẫn lỗi, lưu sổ tính, đóng và mở lại Excel.`,
        `Excel reported an error (${code}). Press "Retry"; if it persists, save the workbook and restart Excel.`,
      ),
      retryable: true,
    };
  }
  if (e.name === "SyntaxError") {
    return {
      message: msg(
        "Tệp không phải JSON hợp lệ nên không đọc được bảng điểm. Hãy mở đúng tệp bảng điểm (.json) khối đã gửi.",
        "The file is not valid JSON, so no table could be read. Open the table file (.json) the bloc sent.",
      ),
      retryable: false,
    };
  }
  if (e.name === "TypeError" && /fetch|network/i.test(text)) {
    return {
      message: msg(
        'Không tải được bảng điểm mẫu (lỗi mạng). Kiểm tra kết nối rồi bấm "Thử lại".',
        'The sample table could not be loaded (network error). Check the connection, then "Retry".',
      ),
      retryable: true,
    };
  }
  return {
    message: msg(
      `Đã xảy ra lỗi không mong đợi: ${text || "không rõ"}. Bấm "Thử lại"; nếu vẫn lỗi, gửi ảnh chụp ngăn này cho người quản trị.`,
      `Something unexpected went wrong: ${text || "unknown"}. Press "Retry"; if it persists, send a screenshot of this pane to your administrator.`,
    ),
    retryable: true,
  };
}
