import { displayWidth, formatTable } from "../../cli/formatTable";

describe("displayWidth", () => {
  it("counts Vietnamese letters as one column whether typed precomposed or with combining marks", () => {
    const composed = "Thực hiện nhiệm vụ";
    const decomposed = composed.normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(displayWidth(composed)).toBe(18);
    expect(displayWidth(decomposed)).toBe(18);
    expect(Buffer.byteLength(composed)).toBeGreaterThan(18);
  });

  it("gives a mark that cannot compose no column", () => {
    expect(displayWidth("x\u0323\u0302")).toBe(1);
  });
});

describe("formatTable", () => {
  it("lines columns up by characters, right-aligns numbers and trims trailing spaces", () => {
    const text = formatTable(
      [
        ["Mã", "Nội dung", "Điểm"],
        ["I", "Đắk Lắk", "97,5"],
        ["II", "Cộng", "1.486"],
      ],
      { align: ["left", "left", "right"] },
    );
    expect(text).toBe(["Mã  Nội dung   Điểm", "I   Đắk Lắk    97,5", "II  Cộng      1.486", ""].join("\n"));
  });

  it("aligns a decomposed cell with a precomposed one and prints it composed", () => {
    const text = formatTable([
      ["Tòa án".normalize("NFD"), "1"],
      ["Sở Tư pháp", "2"],
    ]);
    expect(text).toBe("Tòa án      1\nSở Tư pháp  2\n");
  });

  it("draws a rule under the header row", () => {
    expect(
      formatTable(
        [
          ["Mã", "Điểm"],
          ["I", "25"],
        ],
        { header: true, align: ["left", "right"] },
      ),
    ).toBe("Mã  Điểm\n──  ────\nI     25\n");
  });

  it("fills missing cells of short rows", () => {
    expect(formatTable([["a", "b", "c"], ["d"]])).toBe("a  b  c\nd\n");
  });
});
