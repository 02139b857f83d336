import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { COL, SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { allKindsCell, allKindsCompiled, ordinaryEntries } from "../../fixtures/allKindsSheet";
import { sofficeConvert } from "../../helpers/libreOffice";
import type { TypingJob } from "../../helpers/typeIntoWorkbook";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../../helpers/typeIntoWorkbook";
import { memoryIo } from "../memoryIo";

// Issue 11's "done when": a bloc where every member made one of the mistakes people make, each sheet filled by
// typing in LibreOffice (vi-VN), consolidated by `thidua consolidate` and printed by LibreOffice.
const tools = typingToolsOrSkip("A bloc where every member made a mistake");
const compiled = allKindsCompiled;
const at = allKindsCell;

/** Each member's mistake, typed over the ordinary entries. */
const MISTAKES: Record<string, { cells: Record<string, string>; unprotect?: boolean }> = {
  // "95%" for 95: understood as typed (no message), the unit is ranked.
  "cong-an-tinh": { cells: { [at("I.1", COL.input)]: "95%" } },
  // Off the step of 0,5.
  "tand-tinh": { cells: { [at("III.1", COL.input)]: "20,7" } },
  // A score typed with "%".
  "vksnd-tinh": { cells: { [at("III.1", COL.input)]: "8%" } },
  // A quantity in the wrong unit: fifteen million where the others typed 14.
  "so-tu-phap": { cells: { [at("I.3", COL.input)]: "15.000.000" } },
  // The sheet unprotected and a criterion's maximum typed over.
  "thanh-tra-tinh": { cells: { [at("III.1", COL.max)]: "50" }, unprotect: true },
};

(tools ? describe : describe.skip)("a bloc where every member made one of the usual mistakes", () => {
  let dir: string;
  let out: string;
  let code: number | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-mistakes-"));
    writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
    writeFileSync(join(dir, "lich-su.json"), JSON.stringify({ formatVersion: 1, awards: [] }));
    const jobs: TypingJob[] = [];
    for (const member of compiled.template.members) {
      const blank = join(dir, `${member.id}-mau.xlsx`);
      writeFileSync(blank, await writeXlsxBuffer(scoringSheetPlan(compiled, member.id)));
      const mistake = MISTAKES[member.id]!;
      jobs.push({
        in: blank,
        out: join(dir, `${member.id}.xlsx`),
        sheet: SCORING_SHEET,
        cells: { ...ordinaryEntries(), ...mistake.cells },
        ...(mistake.unprotect ? { unprotect: true } : {}),
      });
    }
    typeIntoWorkbooks(tools!, jobs);
    const io = memoryIo(dir);
    const files = compiled.template.members.map((m) => `${m.id}.xlsx`);
    code = await main(
      [
        "consolidate",
        "mau.json",
        ...files,
        "--history",
        "lich-su.json",
        "--date",
        "15/12/2022",
        "-o",
        "xh.xlsx",
      ],
      io,
    );
    out = io.out();
  }, 240_000);

  const linesOf = (file: string) => out.split("\n").filter((l) => l.trim().startsWith(`${file} [`));

  it("When consolidated, then each mistake is reported once, by file and cell, in Vietnamese with what happens to it", () => {
    expect(code).toBe(1);
    expect(linesOf("cong-an-tinh.xlsx")).toEqual([]);
    const step = linesOf("tand-tinh.xlsx");
    expect(step).toHaveLength(1);
    expect(step[0]).toContain(`[${at("III.1", COL.input)}]`);
    expect(step[0]).toMatch(/bước 0,5/);
    expect(step[0]).toContain("không được tính");
    expect(linesOf("vksnd-tinh.xlsx")).toEqual([
      expect.stringContaining(`"8%" được nhập kèm dấu %; hãy nhập số không có dấu %`),
    ]);
    expect(linesOf("so-tu-phap.xlsx")).toEqual([
      expect.stringContaining("15.000.000 văn bản lớn gấp khoảng"),
    ]);
    const edited = linesOf("thanh-tra-tinh.xlsx");
    expect(edited).toEqual([expect.stringContaining("(mục III.1, cột Điểm tối đa) đã bị sửa: 25 → 50")]);
  });

  it("When some returns are refused, then what is usable is ranked and the missing units are named", () => {
    const ranked = out.split("\n").filter((l) => /^\s+\d+\s{2}/.test(l));
    expect(ranked).toEqual([expect.stringContaining("Công an tỉnh")]);
    expect(out).toMatch(
      /Chưa có bản tự chấm hợp lệ của 4\/5 đơn vị[^\n]*Tòa án nhân dân tỉnh[^\n]*Viện Kiểm sát nhân dân tỉnh[^\n]*Sở Tư pháp[^\n]*Thanh tra tỉnh/,
    );
  });

  it("When the ranked table is printed, then it says the result is provisional and which units are missing", () => {
    const pdfDir = sofficeConvert(tools!.soffice, [join(dir, "xh.xlsx")], "pdf", join(dir, "pdf"));
    const printed = execFileSync("pdftotext", [join(pdfDir, "xh.pdf"), "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    expect(printed).toContain("KẾT QUẢ TẠM THỜI: chưa có bản tự chấm hợp lệ của 4/5 đơn vị");
    for (const name of [
      "Tòa án nhân dân tỉnh",
      "Viện Kiểm sát nhân dân tỉnh",
      "Sở Tư pháp",
      "Thanh tra tỉnh",
    ])
      expect(printed).toContain(name);
    expect(printed).toContain("ngày 15 tháng 12 năm 2022");
  });
});
