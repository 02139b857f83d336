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
    ["a network failure", new TypeError("Failed to fetch"), /lỗi mạng/, true],
    ["anything else", "strange", /^Đã xảy ra lỗi không mong đợi: strange\./, true],
  ];
  it.each(cases)("says what happened and what to do for %s", (_name, error, vi, retryable) => {
    const failure = describeFailure(error);
    expect(failure.message.vi).toMatch(vi);
    expect(failure.message.en.length).toBeGreaterThan(20);
    expect(failure.retryable).toBe(retryable);
  });
});
