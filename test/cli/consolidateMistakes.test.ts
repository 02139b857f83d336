import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../cli/main";
import { scoringSheetLayout, SCORING_SHEET } from "../../core/sheets/scoringSheetLayout";
import { parseTemplate } from "../../core/template/parseTemplate";
import type { TypingJob } from "../helpers/typeIntoWorkbook";
import { sofficeConvert } from "../helpers/libreOffice";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../helpers/typeIntoWorkbook";
import { memoryIo } from "./memoryIo";

const root = resolve(__dirname, "..", "..");
const ID = "ha-giang-khoi-noi-chinh-2022";
const templateFile = join(root, "templates", `${ID}.json`);
const parsed = parseTemplate(JSON.parse(readFileSync(templateFile, "utf8")));
if (!parsed.ok) throw new Error("the sample table is invalid");
const compiled = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;
const tools = typingToolsOrSkip("thidua consolidate of a bloc whose members made the usual mistakes");

/**
 * The bloc of the demo, each member's filled workbook handled in LibreOffice the way people get it wrong: a renamed
 * tab, a row inserted, a row deleted, saved as .ods, as .xls, as .csv, printed to PDF and named .xlsx, and one
 * unit's file sent twice (once as it was, once saved again).
 */
async function blocWithMistakes(): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-mistakes-"));
  expect(await main(["demo", "--out", join(dir, "demo")], memoryIo(dir))).toBe(0);
  const filled = (unit: string) => join(dir, "demo", ID, `${ID}-${unit}.xlsx`);
  const job = (unit: string, out: string, edit: Partial<TypingJob>): TypingJob => ({
    in: filled(unit),
    out: join(dir, out),
    sheet: SCORING_SHEET,
    cells: {},
    ...edit,
  });
  if (tools) {
    typeIntoWorkbooks(tools, [
      job("bo-chqs-tinh", "bo-chqs-tinh.xlsx", { renameTo: "Bộ CHQS tỉnh 2022" }),
      job("cong-an-tinh", "cong-an-tinh.xlsx", { insertRow: rowOf("II.2") }),
      job("vksnd-tinh", "vksnd-tinh.xlsx", { deleteRow: rowOf("III.1") }),
      job("tand-tinh", "tand-tinh.ods", { saveAs: "ods" }),
      job("thanh-tra-tinh", "thanh-tra-tinh.xls", { saveAs: "xls" }),
      job("cuc-thads-tinh", "cuc-thads-tinh.csv", { saveAs: "csv" }),
      job("so-tu-phap", "so-tu-phap.xlsx", { saveAs: "pdf" }),
      job("bch-bdbp-tinh", "bch-bdbp-tinh-luu-lai.xlsx", {}),
    ]);
  }
  copyFileSync(filled("bch-bdbp-tinh"), join(dir, "bch-bdbp-tinh.xlsx"));
  // A review of a unit whose file could not be read: named by its name, not its id.
  const review = {
    formatVersion: 1,
    adjustments: [
      {
        unitId: "tand-tinh",
        code: "I.1",
        stage: "review",
        points: 20,
        reason: "Tính lại theo báo cáo",
        reviewer: "Khối trưởng",
        at: "2022-12-08T09:00:00+07:00",
      },
    ],
  };
  writeFileSync(join(dir, "tham-dinh.json"), JSON.stringify(review));
  const files = [
    "bo-chqs-tinh.xlsx",
    "cong-an-tinh.xlsx",
    "vksnd-tinh.xlsx",
    "tand-tinh.ods",
    "thanh-tra-tinh.xls",
    "cuc-thads-tinh.csv",
    "so-tu-phap.xlsx",
    "bch-bdbp-tinh.xlsx",
    "bch-bdbp-tinh-luu-lai.xlsx",
  ];
  return { dir, files };
}

(tools ? describe : describe.skip)(
  "thidua consolidate of a bloc whose members made the usual mistakes",
  () => {
    let out = "";
    let code = 0;
    let dir = "";
    beforeAll(async () => {
      const bloc = await blocWithMistakes();
      dir = bloc.dir;
      const files = bloc.files;
      const io = memoryIo(dir);
      const history = join(root, "examples", "history", `${ID}.json`);
      const args = [
        "consolidate",
        templateFile,
        ...files,
        "--history",
        history,
        "--reviews",
        "tham-dinh.json",
      ];
      code = await main([...args, "-o", "xep-hang.xlsx"], io);
      out = io.out();
    }, 180_000);
    const linesOf = (file: string) =>
      out.split("\n").filter((l) => l.startsWith(`  ${file}`) && l.includes(": "));

    it("When a unit renamed its tab, then its sheet is read as it is and nothing is said about the name", () => {
      expect(linesOf("bo-chqs-tinh.xlsx")).toEqual([]);
      expect(out).toMatch(/^\s+\d+\s+Bộ Chỉ huy Quân sự tỉnh\s+\d/m);
    });

    it("When a row was inserted, then one line names the row to delete, instead of a line per criterion", () => {
      const row = rowOf("II.2");
      expect(linesOf("cong-an-tinh.xlsx")).toEqual([
        `  cong-an-tinh.xlsx [A${row}]: Dòng ${row} được chèn thêm vào bảng (ngay trên tiêu chí II.2), nên các dòng bên dưới lệch khỏi vị trí của chúng và không đọc được. Hãy xóa dòng ${row} (chuột phải vào số dòng → Xóa dòng), lưu lại rồi gửi; hoặc nhập lại kết quả vào tệp gốc khối đã gửi (hoặc Hoàn tác/Undo nếu tệp còn mở) rồi gửi lại.`,
      ]);
    });

    it("When a row was deleted, then one line names it and says to start from the original file", () => {
      const row = rowOf("III.1");
      expect(linesOf("vksnd-tinh.xlsx")).toEqual([
        `  vksnd-tinh.xlsx [A${row}]: Dòng ${row} của bảng gốc (tiêu chí III.1) đã bị xóa, nên các dòng bên dưới lệch khỏi vị trí của chúng và không đọc được. Dòng đã xóa mang mã và công thức của bảng nên không gõ lại được; hãy nhập lại kết quả vào tệp gốc khối đã gửi (hoặc Hoàn tác/Undo nếu tệp còn mở) rồi gửi lại.`,
      ]);
    });

    it("When a file is .ods, .xls, .csv or a PDF named .xlsx, then each says what it is and what to do, with no library text", () => {
      const one = (file: string) => {
        const lines = linesOf(file);
        expect(lines).toHaveLength(1);
        return lines[0] ?? "";
      };
      expect(one("tand-tinh.ods")).toContain(
        "Tệp này là bảng tính LibreOffice (.ods), không phải tệp Excel .xlsx. Mở tệp bằng LibreOffice, chọn Tệp → Lưu thành… (File → Save As…), chọn kiểu 'Excel 2007-365 (.xlsx)'",
      );
      expect(one("thanh-tra-tinh.xls")).toContain("Tệp này là bảng tính Excel 97–2003 (.xls), kiểu cũ.");
      expect(one("cuc-thads-tinh.csv")).toContain("Tệp này là văn bản thuần (.csv hoặc .txt)");
      expect(one("so-tu-phap.xlsx")).toContain("Tệp này thực chất là tệp PDF (bản in hoặc bản quét)");
      expect(out).not.toMatch(/zip|central directory|Chi tiết/i);
    });

    it("When a unit sent its file twice, then it is used once, the line naming both files", () => {
      expect(out).toContain(
        "  bch-bdbp-tinh-luu-lai.xlsx: Bộ Chỉ huy Bộ đội Biên phòng tỉnh gửi 2 bản giống hệt nhau (bch-bdbp-tinh.xlsx, bch-bdbp-tinh-luu-lai.xlsx); chỉ dùng một bản.",
      );
      expect(out).toMatch(/^\s+\d+\s+Bộ Chỉ huy Bộ đội Biên phòng tỉnh\s+\d/m);
    });

    it("When a review is about a unit without a usable return, or above the maximum, then the unit and criterion are named by their names", () => {
      expect(out).toContain(
        "  tham-dinh.json: adjustments[0].unitId: Tòa án nhân dân tỉnh không có bảng tự chấm được xếp hạng: điều chỉnh này không được tính.",
      );
      expect(out).toContain(
        "  tham-dinh.json: adjustments[0].points: Tiêu chí “Kết quả thực hiện các chỉ tiêu chuyên môn theo kế hoạch năm” của Tòa án nhân dân tỉnh: 20 điểm vượt điểm tối đa 17.",
      );
      expect(out).not.toMatch(/"(tand-tinh|cong-an-tinh|vksnd-tinh|so-tu-phap)"/);
      expect(code).toBe(1);
    });

    it("When the .ods and the .xls are saved as .xlsx in LibreOffice, as the message says, then they read cleanly", async () => {
      const files = [join(dir, "tand-tinh.ods"), join(dir, "thanh-tra-tinh.xls")];
      sofficeConvert(tools?.soffice ?? "", files, "xlsx", join(dir, "luu-lai"));
      const io = memoryIo(dir);
      const history = join(root, "examples", "history", `${ID}.json`);
      const saved = ["luu-lai/tand-tinh.xlsx", "luu-lai/thanh-tra-tinh.xlsx"];
      expect(
        await main(["consolidate", templateFile, ...saved, "--history", history, "-o", "x.xlsx"], io),
      ).toBe(1);
      expect(
        io
          .out()
          .split("\n")
          .filter((l) => l.includes("luu-lai/")),
      ).toEqual([
        "  luu-lai/tand-tinh.xlsx → Tòa án nhân dân tỉnh (tand-tinh)",
        "  luu-lai/thanh-tra-tinh.xlsx → Thanh tra tỉnh (thanh-tra-tinh)",
      ]);
    }, 120_000);
  },
);
