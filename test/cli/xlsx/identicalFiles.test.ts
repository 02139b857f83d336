import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { identicalFiles } from "../../../cli/xlsx/identicalFiles";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { memoryIo } from "../memoryIo";

describe("files sent twice", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-copies-"));
  writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
  mkdirSync(join(dir, "thang-11"));
  mkdirSync(join(dir, "thang-12"));
  const pdf = "%PDF-1.7\n1 0 obj\n";
  writeFileSync(join(dir, "thang-11", "cong-an-tinh.xlsx"), pdf);
  writeFileSync(join(dir, "thang-12", "cong-an-tinh.xlsx"), pdf);
  writeFileSync(join(dir, "so-tu-phap.csv"), "Mã;Điểm\n");
  writeFileSync(join(dir, "so-tu-phap (1).csv"), "Mã;Điểm\n");

  it("When two files have the same bytes, then the later is known as a copy of the earlier; a missing file is left to its reader", async () => {
    const files = [
      "thang-11/cong-an-tinh.xlsx",
      "khong-co.xlsx",
      "thang-12/cong-an-tinh.xlsx",
      "so-tu-phap.csv",
    ];
    expect([...(await identicalFiles(files, dir))]).toEqual([
      ["thang-12/cong-an-tinh.xlsx", "thang-11/cong-an-tinh.xlsx"],
    ]);
  });

  it("When a file that cannot be used was sent twice, then its problem is said once and the copy is named as one", async () => {
    const io = memoryIo(dir);
    const files = [
      "thang-11/cong-an-tinh.xlsx",
      "thang-12/cong-an-tinh.xlsx",
      "so-tu-phap.csv",
      "so-tu-phap (1).csv",
    ];
    expect(await main(["consolidate", "mau.json", ...files, "-o", "x.xlsx"], io)).toBe(1);
    const lines = io.out().split("\n");
    expect(lines.filter((l) => l.includes("thực chất là tệp PDF"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("văn bản thuần"))).toHaveLength(1);
    expect(io.out()).toContain(
      "  thang-12/cong-an-tinh.xlsx: Tệp thang-12/cong-an-tinh.xlsx giống hệt tệp thang-11/cong-an-tinh.xlsx (cùng nội dung); chỉ xét một lần, lỗi đã nêu ở tệp thang-11/cong-an-tinh.xlsx.",
    );
    expect(io.out()).toContain(
      "  so-tu-phap (1).csv: Tệp so-tu-phap (1).csv giống hệt tệp so-tu-phap.csv (cùng nội dung); chỉ xét một lần, lỗi đã nêu ở tệp so-tu-phap.csv.",
    );
  });
});
