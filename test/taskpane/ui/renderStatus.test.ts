import { statusText } from "../../../src-taskpane/ui/renderStatus";

describe("the pane's status line", () => {
  it("says it is connected when opened inside Excel", () => {
    expect(statusText({ host: "Excel" })).toMatch(/^Đã kết nối với Excel/);
  });

  it("asks to open it in Excel anywhere else", () => {
    expect(statusText({ host: null })).toMatch(/^Mở Thi Đua trong Excel/);
  });
});
