import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { readXlsx } from "../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../cli/xlsx/renderXlsx";
import { fromFixed } from "../../core/decimal/fixed";
import { rankBloc, rankReturns } from "../../core/ranking/rankBloc";
import type { UnitReturn } from "../../core/returns/returnSchema";
import { CONS_COL, CONSOLIDATION_SHEET } from "../../core/sheets/consolidationSheetPlan";
import { RANKED_COL, RANKED_HEADER_ROW, RANKED_SHEET } from "../../core/sheets/rankedTablePlan";
import { COL, scoringSheetLayout } from "../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET } from "../../core/sheets/sheetMetadata";
import { sheetSelfScore } from "../../core/sheets/sheetSelfScore";
import { parseTemplate } from "../../core/template/parseTemplate";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";
import { sofficeConvert, sofficeOrSkip } from "../helpers/libreOffice";
import { randomReturn } from "../helpers/randomReturn";
import { seededRandom } from "../helpers/seededRandom";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;

/** Returns a sheet can carry exactly (percent-only entries become achieved/100). */
function returnsFor(seed: number): UnitReturn[] {
  const rand = seededRandom(seed);
  return compiled.template.members.map((m) => {
    const ret = randomReturn(compiled, m.id, rand, true);
    for (const e of Object.values(ret.entries)) {
      if (e.percent !== undefined) {
        e.achieved = e.percent;
        e.target = 100;
        delete e.percent;
      }
    }
    return ret;
  });
}

async function setup(returns: UnitReturn[]) {
  const dir = mkdtempSync(join(tmpdir(), "thidua-cons-"));
  writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
  // The bloc's award history, with no award recorded: the award-history bonuses are known to be 0, not provisional.
  writeFileSync(join(dir, "lich-su.json"), JSON.stringify({ formatVersion: 1, awards: [] }));
  const files: string[] = [];
  for (const ret of returns) {
    const file = `${ret.unitId}.xlsx`;
    writeFileSync(join(dir, file), await writeXlsxBuffer(scoringSheetPlan(compiled, ret.unitId, { ret })));
    files.push(file);
  }
  const out = { stdout: "", stderr: "" };
  const io = {
    cwd: dir,
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
  };
  return { dir, files, io, out };
}

describe("thidua consolidate", () => {
  it("says the totals are provisional when the table has award-history bonuses and no --history is given", async () => {
    const { files, io, out } = await setup(returnsFor(11));
    expect(await main(["consolidate", "mau.json", ...files, "-o", "xep-hang.xlsx"], io)).toBe(1);
    expect(out.stdout).toContain(
      "lịch sử khen thưởng: Chưa có lịch sử khen thưởng của khối: điểm thưởng theo lịch sử khen thưởng (T.1, T.2) đang tạm tính 0",
    );
  });

  it("When --json is given, then it prints the units (null total without a usable return) and the placed problems as JSON", async () => {
    const returns = returnsFor(11);
    const { files, io, out } = await setup(returns.slice(0, 4));
    const args = ["consolidate", "mau.json", ...files, "--history", "lich-su.json", "-o", "x.xlsx", "--json"];
    expect(await main(args, io)).toBe(1);
    const parsed = JSON.parse(out.stdout) as {
      ok: boolean;
      output: string;
      units: { unitId: string; rank: number | null; total: number | null; hasReturn: boolean }[];
      problems: { message: { vi: string } }[];
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.output).toBe("x.xlsx");
    const missing = returns[4]?.unitId;
    expect(parsed.units.find((u) => u.unitId === missing)).toMatchObject({
      hasReturn: false,
      rank: null,
      total: null,
    });
    expect(parsed.units.filter((u) => u.hasReturn && typeof u.total === "number")).toHaveLength(4);
    expect(
      parsed.problems.some((p) => p.message.vi.startsWith("Chưa có bản tự chấm hợp lệ của 1/5 đơn vị")),
    ).toBe(true);
  });

  it("ranks clean workbooks and writes the ranked table and consolidation sheets with rankBloc's totals", async () => {
    const returns = returnsFor(11);
    const { dir, files, io, out } = await setup(returns);
    const code = await main(
      [
        "consolidate",
        "mau.json",
        "--history",
        "lich-su.json",
        ...files,
        "-o",
        "xep-hang.xlsx",
        "--date",
        "15/01/2023",
      ],
      io,
    );
    expect(out.stdout).not.toContain("lỗi:");
    expect(code).toBe(0);
    const grids = await readXlsx(readFileSync(join(dir, "xep-hang.xlsx")));
    expect(grids.map((g) => [g.name, g.state])).toEqual([
      [RANKED_SHEET, "visible"],
      [CONSOLIDATION_SHEET, "visible"],
      [METADATA_SHEET, "veryHidden"],
    ]);
    const expected = rankBloc(compiled, returns);
    // Tự chấm is what each unit signed: the A of its own sheet, where I.3 (relative to the best) counts 0.
    const signed = new Map(
      rankReturns(compiled, returns).selfScores.map((s) => [s.unitId, sheetSelfScore(compiled, s.points)]),
    );
    const table = grids[0]?.values ?? [];
    expected.units.forEach((u, i) => {
      const row = table[RANKED_HEADER_ROW + i] ?? [];
      expect(row[RANKED_COL.unit - 1]).toBe(u.name);
      expect(row[RANKED_COL.reviewed - 1]).toBe(u.reviewedScore);
      expect(row[RANKED_COL.self - 1]).toBe(signed.get(u.unitId));
    });
    expect(grids[0]?.formulas[RANKED_HEADER_ROW]?.[RANKED_COL.total - 1]).toBe(
      `ROUND(D${RANKED_HEADER_ROW + 1}+E${RANKED_HEADER_ROW + 1}-F${RANKED_HEADER_ROW + 1},4)`,
    );
    expect(out.stdout).toContain("Đã ghi xep-hang.xlsx");
    expect(fromFixed(1)).toBe(0.0001);
  });

  it("reports every problem per file and cell: not ours, another version, sent twice, edited formula, bad entry", async () => {
    const returns = returnsFor(12);
    const { dir, files, io, out } = await setup(returns);
    // A workbook that is not ours.
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Sheet1").getCell("A1").value = "Bảng điểm tự làm";
    await foreign.xlsx.writeFile(join(dir, "la.xlsx"));
    // Made on another version of the table.
    const other = structuredClone(allKindsTemplate);
    other.identity.version = "0";
    const rule = other.sections[0]?.children?.[0]?.rule;
    if (rule?.kind === "percentOfTarget") rule.pointsPerStepUnder = 1;
    const otherParsed = parseTemplate(other);
    if (!otherParsed.ok) throw new Error("invalid");
    writeFileSync(
      join(dir, "cu.xlsx"),
      await writeXlsxBuffer(scoringSheetPlan(otherParsed.compiled, "so-tu-phap")),
    );
    // The same unit twice, the same file: used once, and said so.
    writeFileSync(join(dir, "tand-lan-2.xlsx"), readFileSync(join(dir, "tand-tinh.xlsx")));
    // A formula overwritten with a number and a score above its maximum.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "cong-an-tinh.xlsx"));
    const ws = wb.getWorksheet("Chấm điểm");
    if (!ws) throw new Error("no sheet");
    ws.getCell(rowOf("II.3"), COL.points).value = 10;
    ws.getCell(rowOf("III.1"), COL.input).value = 30;
    await wb.xlsx.writeFile(join(dir, "cong-an-tinh.xlsx"));
    writeFileSync(join(dir, "hong.xlsx"), "không phải zip");

    const all = [...files, "la.xlsx", "cu.xlsx", "tand-lan-2.xlsx", "hong.xlsx"];
    const code = await main(
      ["consolidate", "mau.json", "--history", "lich-su.json", ...all, "-o", "xep-hang.xlsx"],
      io,
    );
    expect(code).toBe(1);
    expect(existsSync(join(dir, "xep-hang.xlsx"))).toBe(true);
    const lines = out.stdout.split("\n");
    const has = (file: string, text: string) =>
      expect(lines.some((l) => l.includes(file) && l.includes(text))).toBe(true);
    has("la.xlsx", "Không phải tệp của Thi Đua");
    has("cu.xlsx", "phiên bản khác của bảng điểm");
    has(
      "tand-lan-2.xlsx",
      "Tòa án nhân dân tỉnh gửi 2 bản giống hệt nhau (tand-tinh.xlsx, tand-lan-2.xlsx); chỉ dùng một bản.",
    );
    // …and the unit is ranked from it (its row in the summary has a rank).
    expect(lines.find((l) => l.includes("Tòa án nhân dân tỉnh") && !l.includes("xlsx"))).toMatch(/^\s*\d+\s/);
    has(`cong-an-tinh.xlsx [H${rowOf("II.3")}]`, "công thức đã bị sửa");
    has(`cong-an-tinh.xlsx [F${rowOf("III.1")}]`, "30 vượt điểm tối đa 25");
    has("hong.xlsx", "Tệp này là văn bản thuần (.csv hoặc .txt)");
  });

  it("words the engine's problems in the workbook's columns, at the cell they are about", async () => {
    const returns = returnsFor(31);
    const [first, second, third] = returns;
    if (!first || !second || !third) throw new Error("the fixture has at least three members");
    // A result without its target, a criterion left blank, a claim without its evidence.
    first.entries["I.1"] = { achieved: 90, evidence: [{ ref: "BC 1" }] };
    delete second.entries["I.1"];
    third.entries["II.2"] = { count: 2 };
    const { files, io, out } = await setup(returns);
    expect(
      await main(["consolidate", "mau.json", "--history", "lich-su.json", ...files, "-o", "x.xlsx"], io),
    ).toBe(1);
    const row = rowOf("I.1");
    expect(out.stdout).toContain(
      `  ${first.unitId}.xlsx [G${row}]: Tiêu chí I.1: chưa nhập chỉ tiêu (cột G); cần cả kết quả (cột F) và chỉ tiêu — tính 0 điểm.\n`,
    );
    expect(out.stdout).toContain(
      `  ${second.unitId}.xlsx [F${row}]: Tiêu chí I.1: chưa nhập kết quả (cột F) và chỉ tiêu (cột G) — tính 0 điểm.\n`,
    );
    expect(out.stdout).toContain(
      `  ${third.unitId}.xlsx [I${rowOf("II.2")}]: Tiêu chí II.2: cần minh chứng (cột I) nhưng chưa có — tính 0 điểm.\n`,
    );
    expect(out.stdout).not.toMatch(/"achieved"|"target"|"evidence"/);

    out.stdout = "";
    expect(
      await main(
        ["consolidate", "mau.json", "--history", "lich-su.json", ...files, "-o", "x.xlsx", "--lang", "en"],
        io,
      ),
    ).toBe(1);
    expect(out.stdout).toContain(
      `  ${second.unitId}.xlsx [F${row}]: Criterion I.1: enter the result (column F) and the target (column G) — counted as 0 points.\n`,
    );
  });

  it("names every member without a usable return, in the problems and the ranked table, and exits 1", async () => {
    const returns = returnsFor(16);
    const { dir, files, io, out } = await setup(returns);
    // Two of five members sent a file, both clean.
    const sent = files.filter((f) => f === "tand-tinh.xlsx" || f === "so-tu-phap.xlsx");
    const code = await main(
      ["consolidate", "mau.json", "--history", "lich-su.json", ...sent, "-o", "xep-hang.xlsx"],
      io,
    );
    expect(out.stdout).toContain(
      "\n1 lỗi:\n  Chưa có bản tự chấm hợp lệ của 3/5 đơn vị (chưa nộp, hoặc bản tự chấm bị loại vì lỗi nêu trên); các đơn vị này không được xếp hạng: Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Thanh tra tỉnh.\n",
    );
    expect(code).toBe(1);
    // The summary shows no total for them, as for any unit that is not ranked.
    const summaryLine = out.stdout.split("\n").find((l) => l.includes("Công an tỉnh") && !l.includes(":"));
    expect(summaryLine?.trim()).toMatch(/^—\s+Công an tỉnh\s+—$/);
    const table = (await readXlsx(readFileSync(join(dir, "xep-hang.xlsx"))))[0]?.values ?? [];
    const row = table.find((r) => r[RANKED_COL.unit - 1] === "Thanh tra tỉnh") ?? [];
    expect(String(row[RANKED_COL.note - 1])).toContain("Không có bảng tự chấm hợp lệ");

    // --minutes writes the draft minutes of the same result: provisional, naming the missing units.
    out.stdout = "";
    const args = ["consolidate", "mau.json", "--history", "lich-su.json", ...sent, "-o", "xep-hang.xlsx"];
    expect(await main([...args, "--minutes", "bien-ban.xlsx"], io)).toBe(1);
    expect(out.stdout).toContain("Đã ghi xep-hang.xlsx\nĐã ghi biên bản: bien-ban.xlsx\n");
    const minutes = (await readXlsx(readFileSync(join(dir, "bien-ban.xlsx"))))[0]?.values.flat() ?? [];
    expect(minutes).toContain(
      "KẾT QUẢ TẠM THỜI: chưa có bản tự chấm hợp lệ của 3/5 đơn vị (Công an tỉnh, Thanh tra tỉnh, Viện Kiểm sát nhân dân tỉnh); xếp hạng và đề nghị khen thưởng có thể thay đổi khi đủ.",
    );

    // A file with a problem leaves its unit without a usable return too.
    writeFileSync(join(dir, "so-tu-phap.xlsx"), "không phải zip");
    out.stdout = "";
    expect(
      await main(
        ["consolidate", "mau.json", "--history", "lich-su.json", ...sent, "-o", "x.xlsx", "--lang", "en"],
        io,
      ),
    ).toBe(1);
    expect(out.stdout).toContain(
      "  No valid self-scored return from 4 of 5 units (not sent, or set aside for a problem listed above); they are not ranked: Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Sở Tư pháp, Thanh tra tỉnh.\n",
    );
  });

  it("prints a progress line on stderr for long runs", async () => {
    const returns = returnsFor(13);
    const { files, io, out } = await setup(returns);
    const many = Array.from({ length: 4 }, () => files).flat();
    await main(["consolidate", "mau.json", "--history", "lich-su.json", ...many, "-o", "x.xlsx"], io);
    expect(out.stderr).toContain("Đã đọc 20/20 tệp");
  });

  it("takes the reviewed scores the leader typed into the consolidation sheet back with --reviewed", async () => {
    const returns = returnsFor(14);
    const { dir, files, io, out } = await setup(returns);
    expect(
      await main(["consolidate", "mau.json", "--history", "lich-su.json", ...files, "-o", "vong-1.xlsx"], io),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "vong-1.xlsx"));
    const ws = wb.getWorksheet(CONSOLIDATION_SHEET);
    if (!ws) throw new Error("no consolidation sheet");
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(CONS_COL.unitId).value === "so-tu-phap" && r.getCell(CONS_COL.code).value === "III.1")
        row = n;
    });
    const self = Number(ws.getCell(row, CONS_COL.self).value);
    ws.getCell(row, CONS_COL.reviewed).value = Math.max(0, self - 5);
    ws.getCell(row, CONS_COL.reason).value = "Điểm đánh giá chung do Khối thống nhất";
    await wb.xlsx.writeFile(join(dir, "vong-1.xlsx"));
    const before = rankBloc(compiled, returns).units.find((u) => u.unitId === "so-tu-phap");

    out.stdout = "";
    const code = await main(
      [
        "consolidate",
        "mau.json",
        "--history",
        "lich-su.json",
        ...files,
        "--reviewed",
        "vong-1.xlsx",
        "-o",
        "vong-2.xlsx",
      ],
      io,
    );
    expect(out.stdout).not.toContain("lỗi:");
    expect(code).toBe(0);
    const grids = await readXlsx(readFileSync(join(dir, "vong-2.xlsx")));
    const table = grids[0]?.values ?? [];
    const unitRow = table.find((r) => r[RANKED_COL.unit - 1] === "Sở Tư pháp") ?? [];
    expect(unitRow[RANKED_COL.reviewed - 1]).toBe((before?.reviewedScore ?? 0) - Math.min(5, self));
    const consolidation = grids[1]?.values ?? [];
    const reviewedRow =
      consolidation.find(
        (r) => r[CONS_COL.unitId - 1] === "so-tu-phap" && r[CONS_COL.code - 1] === "III.1",
      ) ?? [];
    expect(reviewedRow[CONS_COL.source - 1]).toBe("Thẩm định");
    expect(reviewedRow[CONS_COL.reason - 1]).toBe("Điểm đánh giá chung do Khối thống nhất");
  });
});

const soffice = sofficeOrSkip("thidua consolidate of workbooks saved again by LibreOffice");

(soffice ? describe : describe.skip)("thidua consolidate of workbooks saved again by LibreOffice", () => {
  it("reads the re-saved files without false problems and ranks them as the files LibreOffice was given", async () => {
    const returns = returnsFor(15);
    const { dir, files, io, out } = await setup(returns);
    sofficeConvert(
      soffice ?? "",
      files.map((f) => join(dir, f)),
      "xlsx",
      join(dir, "lo"),
    );
    const resaved = files.map((f) => join("lo", f));
    const code = await main(
      ["consolidate", "mau.json", "--history", "lich-su.json", ...resaved, "-o", "lo.xlsx"],
      io,
    );
    expect(out.stdout).not.toContain("lỗi:");
    expect(code).toBe(0);
    expect(
      await main(["consolidate", "mau.json", "--history", "lich-su.json", ...files, "-o", "goc.xlsx"], io),
    ).toBe(0);
    const tableOf = async (file: string) =>
      (await readXlsx(readFileSync(join(dir, file))))[0]?.values.slice(
        RANKED_HEADER_ROW,
        RANKED_HEADER_ROW + 5,
      );
    expect(await tableOf("lo.xlsx")).toEqual(await tableOf("goc.xlsx"));
  }, 120_000);
});
