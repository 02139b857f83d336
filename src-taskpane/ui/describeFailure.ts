import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import * as z from "zod/mini";
import { NetworkError, RequestTimeoutError } from "../api/apiErrors";
import { ApiError } from "../api/apiTransport";
import { ExcelTimeoutError } from "../excel/withWatchdog";
import { PaneMessageError } from "./paneMessageError";

/** A failure as the user reads it: what happened and what to do, and whether "Thử lại" (retry) makes sense. */
export type Failure = { message: Localized; retryable: boolean };

/** Office.js errors carry a code (OfficeExtension.Error); anything else thrown is read by its name and message. */
type ErrorLike = { code?: unknown; name?: unknown; message?: unknown };

/**
 * The words of a refusal body (core/api's ApiProblem), read leniently here: only its message and details are shown,
 * and importing core/api's front door would pull every resource schema into the initial bundle.
 */
const ProblemWordsSchema = z.object({
  message: z.object({ vi: z.string(), en: z.string() }),
  details: z._default(
    z.array(z.object({ path: z.string(), message: z.object({ vi: z.string(), en: z.string() }) })),
    [],
  ),
});

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
  if (error instanceof PaneMessageError) return { message: error.words, retryable: error.retryable };
  if (error instanceof ApiError) return describeApiError(error.status, error.body);
  if (error instanceof NetworkError || error instanceof RequestTimeoutError) {
    const what =
      error instanceof NetworkError
        ? msg("Không kết nối được máy chủ (mất mạng?).", "The server could not be reached (offline?).")
        : msg(
            `Máy chủ không trả lời sau ${Math.round(error.ms / 1000)} giây.`,
            `The server did not answer within ${Math.round(error.ms / 1000)} seconds.`,
          );
    return {
      message: msg(
        `${what.vi} Dữ liệu vẫn còn trong trang tính và bài nộp được giữ lại; kiểm tra kết nối rồi bấm "Thử lại".`,
        `${what.en} Your data is still in the worksheet and the submit is kept; check the connection, then "Retry".`,
      ),
      retryable: true,
    };
  }
  const e = (typeof error === "object" && error !== null ? error : { message: String(error) }) as ErrorLike;
  const code = typeof e.code === "string" ? e.code : "";
  const text = typeof e.message === "string" ? e.message : "";
  if (typeof e.name === "string" && e.name.endsWith("AuthError")) {
    // MSAL (BrowserAuthError, InteractionRequiredAuthError, …): the Microsoft sign-in did not give a token.
    const why = (error as { errorCode?: unknown }).errorCode;
    const tag = typeof why === "string" && why !== "" ? ` (${why})` : "";
    return {
      message: msg(
        `Không đăng nhập được bằng tài khoản Microsoft${tag}: cửa sổ đăng nhập bị chặn hoặc bị đóng, hoặc tổ chức chưa cho phép Thi Đua. Bấm "Đăng nhập bằng tài khoản Microsoft" lại; nếu vẫn không được, hỏi quản trị Microsoft 365 của đơn vị hoặc dùng mã truy cập.`,
        `Signing in with Microsoft failed${tag}: the sign-in window was blocked or closed, or your organisation has not allowed Thi Đua. Press "Sign in with a Microsoft account" again; if it still fails, ask your Microsoft 365 administrator or use an access key.`,
      ),
      retryable: false,
    };
  }
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
  if (e.name === "ZodError") {
    return {
      message: msg(
        'Máy chủ trả lời theo định dạng mà ngăn này không hiểu (có thể add-in đã cũ). Đóng và mở lại ngăn để tải bản mới, rồi bấm "Thử lại".',
        'The server answered in a format this pane does not understand (the add-in may be outdated). Close and reopen the pane to load the new version, then "Retry".',
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

/** What an HTTP status from the back end means: the server's own words when it sent a problem, then what to do. */
function describeApiError(status: number, body: unknown): Failure {
  const problem = ProblemWordsSchema.safeParse(body);
  const server = problem.success ? problem.data : undefined;
  const details = (server?.details ?? []).slice(0, 3);
  const say = (vi: string, en: string, retryable: boolean): Failure => {
    if (!server) return { message: msg(vi, en), retryable };
    const listed = (lang: "vi" | "en") =>
      details.map((d) => ` ${d.path ? `${d.path}: ` : ""}${d.message[lang]}`).join(";");
    return {
      message: msg(
        `${server.message.vi}${listed("vi")} — ${vi}`,
        `${server.message.en}${listed("en")} — ${en}`,
      ),
      retryable,
    };
  };
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
        "Phiên đăng nhập đã hết hạn hoặc mã truy cập không đúng. Hãy đăng xuất rồi đăng nhập lại bằng mã Ban Thi đua cấp.",
        "Your sign-in has expired or the access key is wrong. Sign out, then sign in with the key the board issued.",
        false,
      );
    case 403:
      return say(
        "Tài khoản của bạn không có quyền làm việc này. Hỏi đơn vị Khối trưởng hoặc Ban Thi đua – Khen thưởng.",
        "Your account may not do this. Ask the bloc's leader unit or the emulation board.",
        false,
      );
    case 404:
      return say(
        "Máy chủ không có kỳ hoặc đơn vị này. Kiểm tra mã truy cập đúng kỳ thi đua, hoặc hỏi Ban Thi đua.",
        "The server has no such period or unit. Check that the key is for this period, or ask the board.",
        false,
      );
    case 409:
      return say(
        'Kỳ thi đua đã khóa sổ hoặc dữ liệu vừa thay đổi nên không nhận thay đổi này. Bấm "Làm mới" để xem trạng thái; liên hệ đơn vị Khối trưởng nếu cần mở lại.',
        'The period is closed or the data just changed, so this change was not taken. Press "Refresh" to see the state; contact the leader unit if it must be reopened.',
        false,
      );
    case 412:
      return say(
        'Người khác vừa thay đổi dữ liệu này. Bấm "Thử lại" để tải bản mới nhất, kiểm tra rồi lưu lại.',
        'Someone else changed this in the meantime. Press "Retry" to load the latest version, check it and save again.',
        true,
      );
    case 413:
      return say(
        "Dữ liệu gửi đi quá lớn nên máy chủ không nhận. Rút gọn phần ghi chú, minh chứng dài rồi gửi lại.",
        "What was sent is too large for the server. Shorten long notes or evidence, then send again.",
        false,
      );
    case 429:
      return say(
        'Có quá nhiều lần thử trong thời gian ngắn. Chờ một phút rồi bấm "Thử lại".',
        'Too many attempts in a short time. Wait a minute, then press "Retry".',
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
