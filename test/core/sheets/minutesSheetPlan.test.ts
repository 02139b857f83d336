import { rankBloc } from "../../../core/bloc";
import { msg } from "../../../core/i18n";
import type { RankingResult } from "../../../core/ranking";
import { minutesOptionsOf, minutesSheetPlan, minutesWorkbookPlan } from "../../../core/sheets";
import type { SheetPlan } from "../../../core/sheets";
import { parseTemplate } from "../../../core/template/parseTemplate";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";

const parsed = parseTemplate(haGiang2019Template);
if (!parsed.ok) throw new Error("the Hà Giang 2019 template is invalid");
const compiled = parsed.compiled;
const inputs = {
  reviews: haGiang2019Reviews,
  votes: haGiang2019Votes,
  history: haGiang2019History,
  eligibility: haGiang2019Eligibility,
};
const returns = haGiang2019Returns().map((r) => ({ return: r }));
const full = rankBloc(compiled, returns, inputs).result;

/** The sheet's text, one string per row (cells joined by " | "), as a reader of the printed page sees it. */
const rowsOf = (sheet: SheetPlan): string[] =>
  sheet.cells.map((row) =>
    row
      .filter((c) => c !== null && c.v !== undefined && c.v !== null && c.v !== "")
      .map((c) => String(c?.v))
      .join(" | "),
  );

describe("minutesSheetPlan (biên bản họp xét thi đua)", () => {
  const sheet = minutesSheetPlan(full, minutesOptionsOf(compiled, "vi"));
  const rows = rowsOf(sheet);

  it("opens with the bloc beside the national motto, the title and the year", () => {
    expect(rows[0]).toBe("KHỐI THI ĐUA NỘI CHÍNH TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(rows[1]).toBe("Hà Giang | Độc lập - Tự do - Hạnh phúc");
    expect(rows).toContain("BIÊN BẢN");
    expect(rows).toContain("Họp xét thi đua, khen thưởng năm 2019");
    expect(sheet.name).toBe("Biên bản");
  });

  it("leaves the time, place, chair, secretary and members present as lines to fill in, and counts the returns", () => {
    expect(rows).toEqual(
      expect.arrayContaining([
        "Thời gian: … giờ … phút, ngày … tháng … năm …",
        "Địa điểm: …",
        "Chủ trì: …",
        "Thư ký: …",
        "Thành viên có mặt: …/8 đơn vị thành viên; vắng mặt: …",
        "Bản tự chấm điểm đã nhận: 8/8 đơn vị.",
      ]),
    );
    expect(rows.some((r) => r.includes("TẠM THỜI"))).toBe(false);
  });

  it("lists every unit by rank with its total in Vietnamese numbers, band and proposed award", () => {
    const header = rows.indexOf("Hạng | Đơn vị | Tổng điểm | Xếp loại | Đề nghị khen thưởng");
    expect(header).toBeGreaterThan(0);
    expect(rows.slice(header + 1, header + 9)).toEqual([
      "1 | Sở Nội vụ | 99,50 | Xuất sắc | Cờ thi đua của Chính phủ",
      "2 | Công an tỉnh | 98,00 | Xuất sắc",
      "3 | Tòa án nhân dân tỉnh | 97,00 | Xuất sắc | Cờ thi đua của UBND tỉnh",
      "4 | Cục Thi hành án dân sự tỉnh | 97,00 | Xuất sắc | Cờ thi đua của UBND tỉnh",
      "5 | Viện Kiểm sát nhân dân tỉnh | 93,00 | Tốt | Bằng khen của Chủ tịch UBND tỉnh",
      "6 | Bộ Chỉ huy Quân sự tỉnh | 91,50 | Tốt | Bằng khen của Chủ tịch UBND tỉnh",
      "7 | Thanh tra tỉnh | 89,00 | Tốt",
      "8 | Sở Tư pháp | 88,00 | Tốt",
    ]);
    // Unit names are untrusted text: stored as text, never as a formula.
    expect(sheet.cells[header + 1]?.[1]?.text).toBe(true);
  });

  it("says how each tie was decided, who is held back from awards and why", () => {
    expect(rows).toContain(
      "– Tòa án nhân dân tỉnh xếp trên Cục Thi hành án dân sự tỉnh do nhiều phiếu bầu Cờ thi đua của UBND tỉnh hơn (7 phiếu so với 6 phiếu).",
    );
    const held = rows.indexOf("Đơn vị không được đề nghị khen thưởng:");
    expect(rows[held + 1]).toMatch(/^– Công an tỉnh: Người đứng đầu bị kỷ luật/);
    expect(rows[held + 2]).toBe("– Sở Tư pháp: Nộp hồ sơ muộn: nộp 06/12/2019 09:00, hạn 05/12/2019 17:00.");
  });

  it("lists the proposals in the template's award order (highest first) with their quotas, then next year's leader", () => {
    const awards = rows.indexOf("II. ĐỀ NGHỊ KHEN THƯỞNG");
    expect(rows.slice(awards + 1, awards + 4)).toEqual([
      "– Cờ thi đua của Chính phủ (chỉ tiêu 1): Sở Nội vụ.",
      "– Cờ thi đua của UBND tỉnh (chỉ tiêu 3): Sở Nội vụ, Tòa án nhân dân tỉnh, Cục Thi hành án dân sự tỉnh.",
      "– Bằng khen của Chủ tịch UBND tỉnh (chỉ tiêu 2): Viện Kiểm sát nhân dân tỉnh, Bộ Chỉ huy Quân sự tỉnh.",
    ]);
    expect(rows).toContain("III. KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2020");
    expect(rows).toContain("Khối trưởng: Sở Nội vụ; Khối phó: Tòa án nhân dân tỉnh.");
    expect(rows.some((r) => r.startsWith("Bầu cử: Khối trưởng: Sở Nội vụ (trúng cử 7/8 phiếu"))).toBe(true);
  });

  it("ends with the place and a date line to fill in and the secretary's and chair's signatures", () => {
    expect(rows.slice(-3)).toEqual([
      "Hà Giang, ngày … tháng … năm …",
      "THƯ KÝ | CHỦ TRÌ",
      "(Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên)",
    ]);
  });

  it("is print-ready on A4 portrait: print area to the signatures, result code in the footer, paragraph heights", () => {
    expect(sheet.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true });
    expect(sheet.print?.printArea).toBe(`A1:E${sheet.cells.length}`);
    expect(sheet.print?.footer).toContain(`Mã kết quả ${full.inputHash.slice(7, 19)}`);
    // Every paragraph is merged across the page and carries its height; a two-line paragraph is taller.
    const tie = rows.findIndex((r) => r.startsWith("– Tòa án"));
    const place = rows.indexOf("Địa điểm: …");
    expect(sheet.merges).toContain(`A${tie + 1}:E${tie + 1}`);
    expect(sheet.heights?.[place]).toBeGreaterThanOrEqual(15);
    expect(sheet.heights?.[tie]).toBeGreaterThan(sheet.heights?.[place] ?? 0);
    // One sheet, nothing hidden: nothing reads the minutes back.
    expect(minutesWorkbookPlan(full).sheets.map((s) => s.name)).toEqual(["Biên bản"]);
  });
});

describe("minutesSheetPlan while returns are missing, and in English", () => {
  const partial = rankBloc(compiled, returns.slice(0, 6), inputs).result;

  it("marks the result provisional, names the missing units and shows no score for them", () => {
    const rows = rowsOf(minutesSheetPlan(partial, minutesOptionsOf(compiled, "vi")));
    expect(rows).toContain(
      "KẾT QUẢ TẠM THỜI: chưa có bản tự chấm hợp lệ của 2/8 đơn vị (Sở Tư pháp, Thanh tra tỉnh); xếp hạng và đề nghị khen thưởng có thể thay đổi khi đủ.",
    );
    expect(rows).toContain(
      "Bản tự chấm điểm đã nhận: 6/8 đơn vị; chưa có bản hợp lệ: Sở Tư pháp, Thanh tra tỉnh.",
    );
    expect(rows).toContain("— | Sở Tư pháp | — | Chưa có bản tự chấm hợp lệ");
  });

  it("speaks English with English numbers when asked", () => {
    const sheet = minutesSheetPlan(partial, minutesOptionsOf(compiled, "en"));
    const rows = rowsOf(sheet);
    expect(sheet.name).toBe("Minutes");
    expect(rows[0]).toBe("KHỐI THI ĐUA NỘI CHÍNH TỈNH HÀ GIANG | SOCIALIST REPUBLIC OF VIET NAM");
    expect(rows).toContain("1 | Sở Nội vụ | 99.50 | Excellent | Government emulation flag");
    expect(rows[rows.length - 3]).toBe("…, date … / … / ……");
    expect(rows.some((r) => r.startsWith("PROVISIONAL RESULT: no valid return from 2 of 8 units"))).toBe(
      true,
    );
  });
});

describe("minutesSheetPlan writes only what the result holds", () => {
  it("says a proposal awaits the ballot, names the units the meeting decides between and the unused places", () => {
    const p = full.proposals.find((x) => x.award === "co-ubnd-tinh")!;
    const result: RankingResult = {
      ...full,
      ties: [],
      rotation: null,
      proposals: [
        {
          ...p,
          proposed: ["so-noi-vu"],
          undecided: ["tand-tinh", "cuc-thads-tinh"],
          vote: "pending",
          unused: 1,
          unusedReason: msg("1 chỉ tiêu chưa sử dụng: không còn đơn vị đủ điều kiện", "1 place unused"),
        },
      ],
    };
    const rows = rowsOf(minutesSheetPlan(result));
    expect(rows).toContain(
      "– Cờ thi đua của UBND tỉnh (chỉ tiêu 3; chờ bỏ phiếu): Sở Nội vụ; Hội nghị quyết định giữa: Tòa án nhân dân tỉnh, Cục Thi hành án dân sự tỉnh. 1 chỉ tiêu chưa sử dụng: không còn đơn vị đủ điều kiện.",
    );
    expect(rows).toContain("Không có đơn vị nào bằng điểm.");
    expect(rows.some((r) => r.startsWith("III."))).toBe(false);
    // Without the template's names the bloc is named by the table id, never invented.
    expect(rows[0]).toBe(`${full.templateId.toUpperCase()} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`);
  });

  it("writes a tie the chain could not break as the meeting's to decide", () => {
    const tie = full.ties[0]!;
    const result: RankingResult = {
      ...full,
      ties: [
        {
          ...tie,
          resolvedBy: null,
          sentence: msg("A và B bằng điểm; Hội nghị quyết định", "A and B are tied; the meeting decides"),
        },
      ],
    };
    expect(rowsOf(minutesSheetPlan(result))).toContain("– A và B bằng điểm; Hội nghị quyết định.");
    expect(rowsOf(minutesSheetPlan(result, { lang: "en" }))).toContain(
      "– A and B are tied; the meeting decides.",
    );
  });
});
