import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { readReturnWorkbook } from "../../cli/xlsx/readReturnWorkbook";
import { readXlsx } from "../../cli/xlsx/readXlsx";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../core/template/parseTemplate";
import { memoryIo } from "./memoryIo";

const root = join(__dirname, "..", "..");
const HG = "ha-giang-khoi-noi-chinh-2022";
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(root, ...parts), "utf8"));
const workDir = () => mkdtempSync(join(tmpdir(), "thidua-demo-"));

/** The part of the text output that belongs to one bloc (from its template line to the next one). */
function blocText(out: string, templateId: string): string {
  const start = out.indexOf(`templates/${templateId}.json`);
  const next = out.indexOf("✓ templates/", start + 1);
  return out.slice(start, next < 0 ? undefined : next);
}

describe("thidua demo", () => {
  // One full run shared by the tests that only read its output (the run writes nine workbooks).
  let cwd: string;
  let out: string;
  let err: string;
  let code: number;
  beforeAll(async () => {
    cwd = workDir();
    const io = memoryIo(cwd);
    code = await main(["demo"], io);
    out = io.out();
    err = io.err();
  });

  it("checks every table, scores every return, ranks every bloc and writes one bloc's workbooks, exit 0", () => {
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain(
      "✓ templates/ha-giang-khoi-noi-chinh-2022.json: Khối thi đua Nội chính tỉnh Hà Giang 2022 (tổng kết năm) · 9 nội dung · 8 đơn vị · vân tay ",
    );
    expect(out).toContain(
      "Khối thi đua các Ban Đảng tỉnh Hà Giang 2021 (sơ kết 6 tháng) · 5 nội dung · 9 đơn vị",
    );
    expect(out).toMatch(/Đơn vị\s+Điểm nội dung\s+Thưởng\s+Trừ\s+Tổng điểm\s+Lỗi\n/);
    expect(out).toContain(
      "✓ Đã kiểm tra 4 bảng chấm điểm, chấm 37 bản tự chấm, xếp hạng 4 khối, ghi 9 tệp, 0 có lỗi.\n",
    );
  });

  it("scores with the award history: Công an tỉnh's two flags (15 + 10) are capped at the bloc's 20", () => {
    expect(blocText(out, HG)).toMatch(/\n {2}Công an tỉnh\s+[\d,]+\s+20\s+[\d,]+\s+[\d,]+\s+0\n/);
  });

  it("ranks Hà Giang Nội chính with its reviews and votes: the tie, the proposals and the rotation", () => {
    const hg = blocText(out, HG);
    expect(hg).toContain("Xếp hạng Khối thi đua Nội chính tỉnh Hà Giang — năm 2022");
    expect(hg).toMatch(
      /\n {2}1 {2}Sở Tư pháp\s+102,45\s+101,57\s+5\s+0\s+106,57\s+1\s+Xuất sắc\s+Cờ thi đua của Chính phủ\n/,
    );
    expect(hg).toMatch(
      /\n {2}2 {2}Thanh tra tỉnh\s+101,57\s+101,57\s+5\s+0\s+106,57\s+2\s+Xuất sắc\s+Cờ thi đua của UBND tỉnh\n/,
    );
    expect(hg).toContain(
      "- Sở Tư pháp xếp trên Thanh tra tỉnh do điểm mục I cao hơn (26,75 so với 26,50).\n",
    );
    expect(hg).toContain(
      "- Cờ thi đua của UBND tỉnh — chỉ tiêu 3 (3 đơn vị; đã bỏ phiếu): Sở Tư pháp, Thanh tra tỉnh, Công an tỉnh\n",
    );
    expect(hg).toContain("- Cờ thi đua của Chính phủ — chỉ tiêu 1 (1 đơn vị; đã bỏ phiếu): Sở Tư pháp\n");
    expect(hg).toContain(
      "- Công an tỉnh, VIII.2: 2 → 1 → 2\n  · Thẩm định (Viện Kiểm sát nhân dân tỉnh (Khối trưởng), 08/12/2022 09:30): 1 —",
    );
    expect(hg).toContain(
      "Luân phiên năm 2023: Khối trưởng Tòa án nhân dân tỉnh, Khối phó Cục Thi hành án dân sự tỉnh.",
    );
  });

  it("reports the other blocs' eligibility, votes and unused places", () => {
    expect(blocText(out, "dak-lak-khoi-3-2022")).toContain(
      "- Trung đoàn Cảnh sát cơ động Tây Nguyên: không đề nghị khen thưởng — Nộp hồ sơ muộn: Hồ sơ đề nghị khen thưởng nộp ngày 05/12/2022",
    );
    const ngheAn = blocText(out, "nghe-an-khoi-noi-chinh-llvt-2024");
    expect(ngheAn).toContain(
      "- Tòa án nhân dân tỉnh xếp trên Viện Kiểm sát nhân dân tỉnh do nhiều phiếu bầu Cờ thi đua của UBND tỉnh hơn (7 phiếu so với 5 phiếu).",
    );
    expect(ngheAn).toContain(
      "- Cờ thi đua của Chính phủ — chỉ tiêu 1 (1 đơn vị; đã bỏ phiếu): (không có)\n  Không sử dụng 1 suất:",
    );
  });

  it("writes the members' scoring workbooks in out/demo/<template-id>/ and the ranking workbook beside it", () => {
    const dir = join(cwd, "out", "demo");
    const members = (readJson("templates", `${HG}.json`) as { members: { id: string }[] }).members;
    expect(readdirSync(dir).sort()).toEqual([HG, `${HG}-xep-hang.xlsx`]);
    expect(readdirSync(join(dir, HG)).sort()).toEqual(members.map((m) => `${HG}-${m.id}.xlsx`).sort());
    expect(out).toContain(
      `Tệp Excel của Khối thi đua Nội chính tỉnh Hà Giang trong out/demo:\n  ${HG}/${HG}-bo-chqs-tinh.xlsx\n`,
    );
    expect(out).toContain(`  ${HG}/${HG}-so-tu-phap.xlsx\n  ${HG}-xep-hang.xlsx\n`);
  });

  it("consolidating the demo's member workbooks ranks the bloc as thidua rank does with the same year-end files", async () => {
    const yearEnd = ["reviews", "votes", "history"].flatMap((k) => [
      `--${k}`,
      join(root, "examples", k, `${HG}.json`),
    ]);
    const template = join(root, "templates", `${HG}.json`);
    const memberFiles = readdirSync(join(cwd, "out", "demo", HG)).map((f) => join("out", "demo", HG, f));
    const consolidated = memoryIo(cwd);
    expect(
      await main(
        ["consolidate", template, ...memberFiles, ...yearEnd, "-o", join("out", "xep-hang.xlsx")],
        consolidated,
      ),
    ).toBe(0);
    expect(consolidated.err()).toBe("");
    expect(consolidated.out()).not.toContain("lỗi");
    // The summary table: rank, unit, total (Vietnamese numbers).
    const rows = consolidated
      .out()
      .split("\n")
      .map((l) => /^\s*(\d+)\s{2}(.+?)\s{2,}([\d.,]+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(([, rank, name, total]) => ({
        rank: Number(rank),
        name,
        total: Number((total ?? "").replace(/\./g, "").replace(",", ".")),
      }));

    const ranked = memoryIo(cwd);
    const returns = join(root, "examples", "returns", HG);
    expect(await main(["rank", template, "--returns", returns, ...yearEnd, "--json"], ranked)).toBe(0);
    const units = (
      JSON.parse(ranked.out()) as { result: { units: { rank: number; name: string; total: number }[] } }
    ).result.units;
    expect(rows).toHaveLength(8);
    expect(rows).toEqual(units.map((u) => ({ rank: u.rank, name: u.name, total: u.total })));
    expect(rows[0]).toEqual({ rank: 1, name: "Sở Tư pháp", total: 106.57 });
  });

  it("a written scoring workbook reads back to the example return", async () => {
    const parsed = parseTemplate(readJson("templates", `${HG}.json`));
    if (!parsed.ok) throw new Error("the sample template is invalid");
    const read = await readReturnWorkbook(
      parsed.compiled,
      join("out", "demo", HG, `${HG}-cong-an-tinh.xlsx`),
      cwd,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { submittedAt: _submitted, ...example } = readJson("examples", "returns", HG, "cong-an-tinh.json");
    expect(read.return).toEqual(example);
  });

  it("the ranking workbook is the leader's kind, made on the same table version", async () => {
    const grids = await readXlsx(readFileSync(join(cwd, "out", "demo", `${HG}-xep-hang.xlsx`)));
    const meta = parseSheetMetadata(grids.find((g) => g.name === METADATA_SHEET)?.values);
    const parsed = parseTemplate(readJson("templates", `${HG}.json`));
    expect(meta).toMatchObject({
      ok: true,
      metadata: {
        kind: "ranking",
        templateId: HG,
        fingerprint: parsed.ok ? parsed.compiled.fingerprint : "",
      },
    });
  });

  it("speaks English with --lang en, and --no-workbooks writes nothing", async () => {
    const dir = workDir();
    const io = memoryIo(dir);
    expect(await main(["demo", "--lang", "en", "--no-workbooks"], io)).toBe(0);
    expect(io.out()).toMatch(/Unit\s+Sections\s+Bonus\s+Deductions\s+Total\s+Problems\n/);
    expect(io.out()).toContain(
      "- Sở Tư pháp ranks above Thanh tra tỉnh on a higher score in I (26.75 vs 26.50).",
    );
    expect(io.out()).toContain(
      "✓ 4 tables checked, 37 returns scored, 4 blocs ranked, 0 files written, 0 with problems.\n",
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("prints the scores, the rankings and the files written with --json, to --out DIR", async () => {
    const dir = workDir();
    const io = memoryIo(dir);
    expect(
      await main(["demo", "--json", "--out", "nam-2022", "--workbooks-for", "dak-lak-khoi-3-2022"], io),
    ).toBe(0);
    const result = JSON.parse(io.out());
    expect(result).toMatchObject({ ok: true, tables: 4, scored: 37, ranked: 4, failed: 0 });
    expect(result.written).toHaveLength(13);
    expect(result.written[12]).toBe(join("nam-2022", "dak-lak-khoi-3-2022-xep-hang.xlsx"));
    const dakLak = readJson("templates", "dak-lak-khoi-3-2022.json") as { members: { id: string }[] };
    expect(result.written[0]).toBe(
      join("nam-2022", "dak-lak-khoi-3-2022", `dak-lak-khoi-3-2022-${dakLak.members[0]?.id}.xlsx`),
    );
    expect(readdirSync(join(dir, "nam-2022", "dak-lak-khoi-3-2022"))).toHaveLength(12);
    const hg = result.blocs.find((b: { id: string }) => b.id === HG);
    expect(hg.fingerprint).toMatch(/^sha256:/);
    expect(hg.yearEndFiles).toEqual([
      `examples/reviews/${HG}.json`,
      `examples/votes/${HG}.json`,
      `examples/history/${HG}.json`,
      `examples/flags/${HG}.json`,
    ]);
    const congAn = hg.returns.find((r: { unitId: string }) => r.unitId === "cong-an-tinh");
    expect(congAn.bonus).toBe(20);
    expect(hg.ranking.units[0]).toMatchObject({
      unitId: "so-tu-phap",
      rank: 1,
      total: 106.57,
      proposed: "co-chinh-phu",
    });
    expect(hg.ranking.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("reports a broken table and a return made on another table version, exit 1", async () => {
    const work = workDir();
    mkdirSync(join(work, "templates"));
    mkdirSync(join(work, "examples", "returns", HG), { recursive: true });
    writeFileSync(join(work, "templates", `${HG}.json`), readFileSync(join(root, "templates", `${HG}.json`)));
    const broken = readJson("templates", "dak-lak-khoi-3-2022.json");
    broken.leader = "so-noi-vu";
    writeFileSync(join(work, "templates", "dak-lak-khoi-3-2022.json"), JSON.stringify(broken));
    const ret = readJson("examples", "returns", HG, "so-tu-phap.json");
    ret.template.fingerprint = `sha256:${"a".repeat(64)}`;
    writeFileSync(join(work, "examples", "returns", HG, "so-tu-phap.json"), JSON.stringify(ret));

    const io = memoryIo(work);
    const args = ["demo", "--templates", "templates", "--examples", "examples", "--no-workbooks"];
    expect(await main(args, io)).toBe(1);
    const out = io.out();
    expect(out).toContain(
      '✗ templates/dak-lak-khoi-3-2022.json: bảng chấm điểm có 1 lỗi:\n  leader: Khối trưởng "so-noi-vu"',
    );
    // scoreBloc refuses a return made on another table version, as `thidua score` and the API do: no score row.
    expect(out).not.toMatch(/\n {2}Sở Tư pháp\s+[\d,]+/);
    expect(out).toContain(
      "  so-tu-phap.json\n  Lỗi trong bản tự chấm (1):\n    Bản tự chấm được lập trên một phiên bản khác",
    );
    // The return made on another version is set aside: the bloc is ranked without it (and, with no history file,
    // its award-history bonuses are provisional: the third problem).
    expect(out).toMatch(/\n {2}\d {2}Sở Tư pháp\s+—\s+—\s+—\s+—\s+—\s+—/);
    expect(out).toContain(
      "✗ Đã kiểm tra 2 bảng chấm điểm, chấm 0 bản tự chấm, xếp hạng 1 khối, ghi 0 tệp, 3 có lỗi.\n",
    );
  });

  it("names the year-end file and field of every problem, exit 1", async () => {
    const work = workDir();
    const examples = join(work, "examples");
    mkdirSync(join(examples, "returns"), { recursive: true });
    mkdirSync(join(examples, "votes"));
    mkdirSync(join(examples, "reviews"));
    mkdirSync(join(work, "templates"));
    writeFileSync(join(work, "templates", `${HG}.json`), readFileSync(join(root, "templates", `${HG}.json`)));
    const returns = join(root, "examples", "returns", HG);
    mkdirSync(join(examples, "returns", HG));
    for (const f of readdirSync(returns))
      writeFileSync(join(examples, "returns", HG, f), readFileSync(join(returns, f)));
    const votes = readJson("examples", "votes", `${HG}.json`);
    votes.ballots[0].tallies[0].votes = 9;
    writeFileSync(join(examples, "votes", `${HG}.json`), JSON.stringify(votes));
    const reviews = readJson("examples", "reviews", `${HG}.json`);
    reviews.adjustments[0].unitId = "so-noi-vu";
    writeFileSync(join(examples, "reviews", `${HG}.json`), JSON.stringify(reviews));

    const io = memoryIo(work);
    const args = ["demo", "--templates", "templates", "--examples", "examples", "--no-workbooks"];
    expect(await main(args, io)).toBe(1);
    const out = io.out();
    expect(out).toContain(
      `  examples/votes/${HG}.json ballots[0].tallies[0].votes: số phiếu bầu lớn hơn số phiếu hợp lệ.\n`,
    );
    expect(out).toMatch(
      new RegExp(`- examples/reviews/${HG}\\.json adjustments\\[0\\]\\.unitId: .*so-noi-vu`),
    );
    // No history file in this examples folder: the award-history bonuses are provisional, said once for the bloc.
    expect(out).toContain("- lịch sử khen thưởng: Chưa có lịch sử khen thưởng của khối");
    expect(out.match(/Chưa có lịch sử khen thưởng của khối/g)).toHaveLength(1);
    expect(out).toContain("xếp hạng 1 khối, ghi 0 tệp, 3 có lỗi.\n");
  });

  it("exits 1 with the reason when the workbooks cannot be written", async () => {
    const work = workDir();
    writeFileSync(join(work, "blocked"), "a file, not a folder");
    const io = memoryIo(work);
    expect(await main(["demo", "--out", "blocked/demo", "--lang", "en"], io)).toBe(1);
    expect(io.err()).toMatch(/^thidua: could not write the workbooks \(blocked\/demo\): /);
    expect(io.out()).toContain("4 blocs ranked, 0 files written, 1 with problems.\n");
  });

  it("refuses --no-workbooks with --out (exit 2), and says so when there is no template", async () => {
    const usage = memoryIo(tmpdir());
    expect(await main(["demo", "--no-workbooks", "--out", "x"], usage)).toBe(2);
    expect(usage.err()).toMatch(/^thidua: không dùng --no-workbooks cùng --out/);
    const io = memoryIo(tmpdir());
    expect(await main(["demo", "--templates", mkdtempSync(join(tmpdir(), "thidua-empty-"))], io)).toBe(1);
    expect(io.err()).toMatch(/^thidua: không có bảng chấm điểm \(\*\.json\) trong /);
  });
});
