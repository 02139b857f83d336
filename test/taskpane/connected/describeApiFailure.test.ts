import { NetworkError, RequestTimeoutError } from "../../../src-taskpane/api/apiErrors";
import { ApiError } from "../../../src-taskpane/api/apiTransport";
import { describeFailure } from "../../../src-taskpane/ui/describeFailure";

describe("the back end's refusals in words (issue 10 item 7)", () => {
  const cases: [string, unknown, RegExp, boolean][] = [
    [
      "no connection",
      new NetworkError(new TypeError("Failed to fetch")),
      /^Không kết nối được máy chủ.*Thử lại/,
      true,
    ],
    ["a hung request", new RequestTimeoutError(30_000), /^Máy chủ không trả lời sau 30 giây.*giữ lại/, true],
    ["a body too large", new ApiError(413, undefined), /quá lớn.*gửi lại/, false],
    ["throttled sign-ins", new ApiError(429, undefined), /Chờ một phút/, true],
    ["an unknown period", new ApiError(404, undefined), /không có kỳ hoặc đơn vị/, false],
    [
      "an answer in an unknown format",
      Object.assign(new Error("x"), { name: "ZodError" }),
      /định dạng/,
      true,
    ],
  ];
  it.each(cases)("says what happened and what to do for %s", (_name, error, vi, retryable) => {
    const failure = describeFailure(error);
    expect(failure.message.vi).toMatch(vi);
    expect(failure.message.en).toMatch(/\. /);
    expect(failure.retryable).toBe(retryable);
  });

  it("puts the server's own words first (what happened), then what to do", () => {
    const body = {
      error: "unprocessable",
      message: { vi: "Bảng điểm không đúng phiên bản của kỳ.", en: "Wrong table version for the period." },
      details: [{ path: "templateVersion", message: { vi: "cần 2", en: "need 2" } }],
    };
    const failure = describeFailure(new ApiError(422, body));
    expect(failure.message.vi).toBe(
      "Bảng điểm không đúng phiên bản của kỳ. templateVersion: cần 2 — Máy chủ không nhận dữ liệu vì còn lỗi. Sửa các lỗi được liệt kê rồi gửi lại.",
    );
    expect(failure.message.en).toMatch(/^Wrong table version for the period\. templateVersion: need 2 — /);
  });

  it("a 409 whose body is not a problem still says the period may be closed", () => {
    expect(describeFailure(new ApiError(409, "<html>")).message.vi).toMatch(/^Kỳ thi đua đã khóa sổ/);
  });
});
