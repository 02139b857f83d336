import { ApiError } from "../../../src-taskpane/api/apiTransport";
import { ExcelTimeoutError } from "../../../src-taskpane/excel/withWatchdog";
import { describeFailure } from "../../../src-taskpane/ui/describeFailure";

describe("failures in words", () => {
  const cases: [string, unknown, RegExp, boolean][] = [
    ["a hung Excel", new ExcelTimeoutError(15_000), /^Excel không phản hồi sau 15 giây.*Thử lại/, true],
    [
      "a missing sheet",
      Object.assign(new Error("x"), { code: "ItemNotFound" }),
      /Chèn trang chấm điểm/,
      false,
    ],
    [
      "a cell in edit mode",
      Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }),
      /Nhấn Enter/,
      true,
    ],
    ["a request too large", { code: "RequestPayloadSizeLimitExceeded" }, /quá lớn/, false],
    [
      "another Excel error",
      { code: "GeneralException", message: "boom" },
      /^Excel báo lỗi \(GeneralException\)/,
      true,
    ],
    ["a file that is not JSON", new SyntaxError("Unexpected token"), /^Tệp không phải JSON hợp lệ/, false],
    [
      "a Microsoft sign-in whose popup was blocked (MSAL's BrowserAuthError)",
      Object.assign(new Error("popup"), { name: "BrowserAuthError", errorCode: "popup_window_error" }),
      /^Không đăng nhập được bằng tài khoản Microsoft \(popup_window_error\): cửa sổ đăng nhập bị chặn/,
      false,
    ],
    ["a network failure", new TypeError("Failed to fetch"), /lỗi mạng/, true],
    [
      "the pane's core chunk not loading",
      Object.assign(new Error("Loading chunk core failed.\n(error: https://x/core.js)"), {
        name: "ChunkLoadError",
      }),
      /^Không tải được phần kiểm tra và chấm điểm.*Thử lại/,
      true,
    ],
    ["a return the server rejects", new ApiError(422, {}), /Sửa các lỗi/, false],
    ["an expired sign-in", new ApiError(401, {}), /đăng nhập lại/, false],
    ["a forbidden action", new ApiError(403, {}), /không có quyền/, false],
    ["a closed period", new ApiError(409, {}), /đã khóa sổ/, false],
    ["a change by someone else", new ApiError(412, {}), /Người khác vừa thay đổi/, true],
    ["a server fault", new ApiError(503, {}), /mã 503.*Thử lại/, true],
    ["anything else", "strange", /^Đã xảy ra lỗi không mong đợi: strange\./, true],
  ];
  it.each(cases)("says what happened and what to do for %s", (_name, error, vi, retryable) => {
    const failure = describeFailure(error);
    expect(failure.message.vi).toMatch(vi);
    expect(failure.message.en.length).toBeGreaterThan(20);
    expect(failure.retryable).toBe(retryable);
  });
});
