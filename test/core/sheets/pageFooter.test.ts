import {
  HEADER_FOOTER_MAX,
  pageFooter,
  resultCode,
  tableIdentityText,
} from "../../../core/sheets/pageFooter";

describe("pageFooter", () => {
  it("When the footer is built, then the sheet's owner is left, the technical identity centred, the page right", () => {
    expect(pageFooter("Sở Tư pháp", tableIdentityText("ha-giang-2022", "2022.1"))).toBe(
      "&LSở Tư pháp&CBảng điểm ha-giang-2022, phiên bản 2022.1&RTrang &P/&N",
    );
  });

  it("When a text holds '&', then it is doubled so that Excel prints it instead of reading a code", () => {
    expect(pageFooter("Khối Nội chính & Pháp luật", "")).toBe("&LKhối Nội chính && Pháp luật&RTrang &P/&N");
  });

  it("When the texts are too long for Excel's 255 characters, then the longer is shortened with '…'", () => {
    const footer = pageFooter(
      "Đơn vị ".repeat(40),
      `Bảng điểm ${"x".repeat(60)}, phiên bản 1 · Mã kết quả abc`,
    );
    expect(footer.length).toBeLessThanOrEqual(HEADER_FOOTER_MAX);
    expect(footer).toContain("…&CBảng điểm");
    expect(footer.endsWith("Mã kết quả abc&RTrang &P/&N")).toBe(true);
  });

  it("When a ranking's input hash is shown, then its first 12 hex digits are the result's code", () => {
    expect(resultCode(`sha256:${"0123456789ab".repeat(5)}cdef`)).toBe("0123456789ab");
  });
});
