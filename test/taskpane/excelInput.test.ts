import { excelInput } from "../../src-taskpane/excel/excelInput";

describe("excelInput", () => {
  it("writes formulas with '=', numbers and booleans as they are, empty cells as ''", () => {
    expect(excelInput({ f: "SUM(H8:H9)" })).toBe("=SUM(H8:H9)");
    expect(excelInput({ v: 97.5 })).toBe(97.5);
    expect(excelInput({ v: true })).toBe(true);
    expect(excelInput({ v: null })).toBe("");
    expect(excelInput(null)).toBe("");
  });

  it("prefixes text in General cells with an apostrophe so Excel never parses it", () => {
    expect(excelInput({ v: '=HYPERLINK("http://x")', text: true })).toBe('\'=HYPERLINK("http://x")');
    expect(excelInput({ v: "00123" })).toBe("'00123");
    expect(excelInput({ v: "'đã có nháy" })).toBe("''đã có nháy");
  });

  it("writes text literally into text-formatted cells, where Excel keeps it as typed", () => {
    expect(excelInput({ v: "@SUM(A1)", fmt: "@", text: true })).toBe("@SUM(A1)");
  });
});
