import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import { ApiError } from "../api/apiTransport";
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
  if (error instanceof ApiError) return describeApiError(error.status);
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
  if (e.name === "ChunkLoadError") {
    // webpack could not fetch the pane's "core" chunk (core.js, loaded when a table is first used).
    return {
      message: msg(
        'Không tải được phần kiểm tra và chấm điểm của ngăn (lỗi mạng). Kiểm tra kết nối rồi bấm "Thử lại".',
        'The pane\'s checking and scoring part could not be loaded (network error). Check the connection, then "Retry".',
      ),
      retryable: true,
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

/** What an HTTP status from the back end means for the user. */
function describeApiError(status: number): Failure {
  const say = (vi: string, en: string, retryable: boolean): Failure => ({ message: msg(vi, en), retryable });
  switch (status) {
    case 400:
    case 422:
      return say(
        "Máy chủ không nhận dữ liệu vì còn lỗi. Sửa các lỗi được liệt kê rồi gửi lại.",
        "The server did not accept the data because problems remain. Fix the listed problems, then send again.",
        false,
      );
    case 401:
      return say(
        "Phiên đăng nhập đã hết hạn hoặc mã truy cập không đúng. Hãy đăng nhập lại.",
        "Your sign-in has expired or the access key is wrong. Sign in again.",
        false,
      );
    case 403:
      return say(
        "Tài khoản của bạn không có quyền làm việc này. Hỏi đơn vị Khối trưởng hoặc Ban Thi đua – Khen thưởng.",
        "Your account may not do this. Ask the bloc's leader unit or the emulation board.",
        false,
      );
    case 409:
      return say(
        "Kỳ thi đua này đã khóa sổ nên không nhận thay đổi. Liên hệ đơn vị Khối trưởng nếu cần mở lại.",
        "This period is closed and takes no changes. Contact the leader unit if it must be reopened.",
        false,
      );
    case 412:
      return say(
        'Người khác vừa thay đổi dữ liệu này. Bấm "Thử lại" để tải bản mới nhất, kiểm tra rồi lưu lại.',
        'Someone else changed this in the meantime. Press "Retry" to load the latest version, check it and save again.',
        true,
      );
    default:
      return status >= 500
        ? say(
            `Máy chủ đang gặp sự cố (mã ${status}). Dữ liệu của bạn vẫn còn trong trang tính; bấm "Thử lại" sau ít phút.`,
            `The server has a problem (status ${status}). Your data is still in the worksheet; press "Retry" in a few minutes.`,
            true,
          )
        : say(
            `Máy chủ từ chối yêu cầu (mã ${status}). Bấm "Thử lại"; nếu vẫn lỗi, báo người quản trị.`,
            `The server refused the request (status ${status}). Press "Retry"; if it persists, tell your administrator.`,
            true,
          );
  }
}
