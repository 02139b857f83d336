import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import type { FileKind } from "./sniffFileKind";

/** The words LibreOffice and Excel show for the format to choose when saving. */
const SAVE_AS_XLSX = {
  vi: "chọn Tệp → Lưu thành… (File → Save As…), chọn kiểu 'Excel 2007-365 (.xlsx)' (trong Excel: 'Sổ làm việc Excel (*.xlsx)') rồi gửi lại tệp .xlsx",
  en: "choose File → Save As…, pick the type 'Excel 2007-365 (.xlsx)' (in Excel: 'Excel Workbook (*.xlsx)') and send the .xlsx file again",
} as const;

/** Where the entries are when the file sent cannot carry them (a copy, a printout, an export). */
const BACK_TO_WORKBOOK = {
  vi: "hãy mở lại bảng tự chấm .xlsx (tệp khối gửi, hoặc bản đã điền nếu còn giữ), điền nếu còn thiếu, lưu dạng .xlsx và gửi chính tệp đó",
  en: "open the .xlsx scoring workbook again (the file the bloc sent, or the filled one if you kept it), complete it, save it as .xlsx and send that file",
} as const;

/**
 * What to tell the person who sent a file that is not an .xlsx workbook: what the file is (by its content, not its
 * name) and what to do, in their words; undefined for an .xlsx, which is read as one (a damaged one too: the
 * reader then says what is wrong with it).
 */
export function fileKindWords(kind: FileKind): Localized | undefined {
  switch (kind) {
    case "xlsx":
    case "damaged-zip":
      return undefined;
    case "ods":
      return msg(
        `Tệp này là bảng tính LibreOffice (.ods), không phải tệp Excel .xlsx. Mở tệp bằng LibreOffice, ${SAVE_AS_XLSX.vi}.`,
        `This file is a LibreOffice spreadsheet (.ods), not an Excel .xlsx file. Open it in LibreOffice, ${SAVE_AS_XLSX.en}.`,
      );
    case "xls":
      return msg(
        `Tệp này là bảng tính Excel 97–2003 (.xls), kiểu cũ. Mở tệp, ${SAVE_AS_XLSX.vi}.`,
        `This file is an Excel 97–2003 workbook (.xls), the old format. Open it, ${SAVE_AS_XLSX.en}.`,
      );
    case "xlsb":
      return msg(
        `Tệp này là sổ làm việc nhị phân Excel (.xlsb). Mở tệp bằng Excel, ${SAVE_AS_XLSX.vi}.`,
        `This file is an Excel binary workbook (.xlsb). Open it in Excel, ${SAVE_AS_XLSX.en}.`,
      );
    case "encrypted-office":
      return msg(
        "Tệp Excel này được đặt mật khẩu mở tệp nên không đọc được. Mở tệp, gỡ mật khẩu (Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu; LibreOffice: Tệp → Lưu thành…, bỏ chọn 'Lưu với mật khẩu'), lưu lại dạng .xlsx rồi gửi lại.",
        "This Excel file has a password to open it, so it cannot be read. Open it, remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, clear it; LibreOffice: File → Save As…, untick 'Save with password'), save it as .xlsx and send it again.",
      );
    case "pdf":
      return msg(
        `Tệp này thực chất là tệp PDF (bản in hoặc bản quét), không phải bảng tính: không đọc được điểm từ tệp PDF. ${capital(BACK_TO_WORKBOOK.vi)}; bản PDF có chữ ký, nếu khối yêu cầu, gửi kèm riêng.`,
        `This file is in fact a PDF (a printout or a scan), not a spreadsheet: scores cannot be read from a PDF. ${capital(BACK_TO_WORKBOOK.en)}; a signed PDF, if the bloc asks for one, goes separately.`,
      );
    case "text":
      return msg(
        `Tệp này là văn bản thuần (.csv hoặc .txt): kiểu tệp này chỉ giữ chữ và số của một trang, mất công thức và trang thông tin ẩn của bảng tự chấm. ${capital(BACK_TO_WORKBOOK.vi)}.`,
        `This file is plain text (.csv or .txt): it keeps only the text and numbers of one sheet and loses the scoring workbook's formulas and hidden information sheet. ${capital(BACK_TO_WORKBOOK.en)}.`,
      );
    case "html":
      return msg(
        `Tệp này là trang web (HTML), không phải tệp Excel .xlsx: nó mất công thức và trang thông tin ẩn của bảng tự chấm. ${capital(BACK_TO_WORKBOOK.vi)}.`,
        `This file is a web page (HTML), not an Excel .xlsx file: it loses the scoring workbook's formulas and hidden information sheet. ${capital(BACK_TO_WORKBOOK.en)}.`,
      );
    case "image":
      return msg(
        `Tệp này là ảnh (ảnh chụp hoặc ảnh quét), không phải bảng tính: không đọc được điểm từ ảnh. ${capital(BACK_TO_WORKBOOK.vi)}.`,
        `This file is a picture (a photo or a scan), not a spreadsheet: scores cannot be read from a picture. ${capital(BACK_TO_WORKBOOK.en)}.`,
      );
    case "docx":
    case "odf-other":
    case "ole-other":
      return msg(
        `Tệp này là văn bản (Word hoặc LibreOffice Writer) hoặc tài liệu khác, không phải bảng tính. ${capital(BACK_TO_WORKBOOK.vi)}.`,
        `This file is a document (Word or LibreOffice Writer) or another kind of file, not a spreadsheet. ${capital(BACK_TO_WORKBOOK.en)}.`,
      );
    case "zip-other":
      return msg(
        "Tệp này là tệp nén (.zip) nhưng không phải bảng tính Excel. Nếu bảng tự chấm nằm trong đó, hãy giải nén và gửi riêng tệp .xlsx.",
        "This file is a compressed archive (.zip) but not an Excel workbook. If the scoring workbook is inside, extract it and send the .xlsx file on its own.",
      );
    case "empty":
      return msg(
        "Tệp rỗng (0 byte): có thể tệp chưa được lưu hoặc bị hỏng khi gửi. Hãy gửi lại bảng tự chấm .xlsx.",
        "The file is empty (0 bytes): it may not have been saved, or it was damaged on the way. Send the .xlsx scoring workbook again.",
      );
    case "unknown":
      return msg(
        `Tệp không phải bảng tính Excel .xlsx (không nhận ra kiểu tệp; có thể tệp bị hỏng). ${capital(BACK_TO_WORKBOOK.vi)}.`,
        `The file is not an Excel .xlsx workbook (its kind is not recognised; it may be damaged). ${capital(BACK_TO_WORKBOOK.en)}.`,
      );
  }
}

function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
