import JSZip from "jszip";
import { fileKindWords } from "../../../cli/xlsx/fileKindWords";
import { sniffFileKind } from "../../../cli/xlsx/sniffFileKind";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

/** An OpenDocument package: its "mimetype" first and stored, as the format requires. */
async function odf(mime: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", mime, { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The start of an OLE2 compound file with one directory name (UTF-16, as the directory stores names). */
function ole(stream: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(`Root Entry\0${stream}\0`, "utf16le")]);
}

describe("sniffFileKind", () => {
  it("When the file is one of ours, then it is an .xlsx, and nothing is said about its kind", async () => {
    const parsed = parseTemplate(allKindsTemplate);
    if (!parsed.ok) throw new Error("invalid");
    const xlsx = await writeXlsxBuffer(scoringSheetPlan(parsed.compiled, "tand-tinh"));
    expect(sniffFileKind(xlsx)).toBe("xlsx");
    expect(fileKindWords("xlsx")).toBeUndefined();
  });

  it("tells each kind a member might send instead by its content, whatever the name", async () => {
    const cases: [Uint8Array, string][] = [
      [await odf("application/vnd.oasis.opendocument.spreadsheet"), "ods"],
      [await odf("application/vnd.oasis.opendocument.text"), "odf-other"],
      [ole("Workbook"), "xls"],
      [ole("EncryptedPackage"), "encrypted-office"],
      [ole("WordDocument"), "ole-other"],
      [Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "pdf"],
      [Buffer.from("Mã;Nội dung;Điểm\nI.1;Kết quả;30\n"), "text"],
      [Buffer.from("\uFEFFMã,Điểm\r\nI.1,30\r\n"), "text"],
      [Buffer.from("\uFEFFMã\tĐiểm\n", "utf16le"), "text"],
      [Buffer.from("<html><body><table><tr><td>I.1</td></tr></table></body></html>"), "html"],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image"],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "image"],
      [Buffer.alloc(0), "empty"],
      [Buffer.from("PK\u0003\u0004 cut off", "latin1"), "damaged-zip"],
      [Buffer.from([0x01, 0x02, 0x03, 0x00, 0x7f]), "unknown"],
    ];
    for (const [data, kind] of cases) expect({ kind: sniffFileKind(data) }).toEqual({ kind });
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    expect(sniffFileKind(await zip.generateAsync({ type: "nodebuffer" }))).toBe("docx");
    zip.remove("word/document.xml");
    zip.file("bang-diem/cong-an.xlsx", "…");
    expect(sniffFileKind(await zip.generateAsync({ type: "nodebuffer" }))).toBe("zip-other");
  });

  it("says what the file is and what to do, in Vietnamese first, without a library's English", () => {
    expect(fileKindWords("ods")?.vi).toBe(
      "Tệp này là bảng tính LibreOffice (.ods), không phải tệp Excel .xlsx. Mở tệp bằng LibreOffice, chọn Tệp → Lưu thành… (File → Save As…), chọn kiểu 'Excel 2007-365 (.xlsx)' (trong Excel: 'Sổ làm việc Excel (*.xlsx)') rồi gửi lại tệp .xlsx.",
    );
    expect(fileKindWords("xls")?.vi).toMatch(
      /^Tệp này là bảng tính Excel 97–2003 \(\.xls\), kiểu cũ\. Mở tệp, chọn Tệp → Lưu thành…/,
    );
    expect(fileKindWords("pdf")?.vi).toMatch(
      /^Tệp này thực chất là tệp PDF .*Hãy mở lại bảng tự chấm \.xlsx/,
    );
    expect(fileKindWords("text")?.vi).toMatch(/^Tệp này là văn bản thuần \(\.csv hoặc \.txt\)/);
    expect(fileKindWords("encrypted-office")?.en).toMatch(/^This Excel file has a password to open it/);
    expect(fileKindWords("damaged-zip")).toBeUndefined();
  });
});
