import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { parseTemplate } from "../../core/template/parseTemplate";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";
import { memoryIo } from "./memoryIo";

const work = mkdtempSync(join(tmpdir(), "thidua-score-"));
const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("the all-kinds fixture must be valid");
const fingerprint = parsed.compiled.fingerprint;
const evidence = [{ ref: "Báo cáo số 12/BC-CAT" }];

function write(name: string, value: unknown): string {
  writeFileSync(join(work, name), typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return name;
}

const returnOf = (unitId: string, entries: Record<string, unknown>, fp = fingerprint) => ({
  formatVersion: 1,
  template: { id: "mau-kiem-thu", version: "1", fingerprint: fp },
  unitId,
  entries,
});

write("template.json", allKindsTemplate);
write("history.json", {
  bloc: "khoi-kiem-thu",
  awards: [
    { unitId: "cong-an-tinh", year: 2021, award: "co-chinh-phu" },
    { unitId: "tand-tinh", year: 2021, award: "co-ubnd-tinh" },
    { unitId: "tand-tinh", year: 2019, award: "co-chinh-phu" },
  ],
});
write(
  "cong-an-tinh.json",
  returnOf("cong-an-tinh", {
    "I.1": { achieved: 92, target: 100, evidence },
    "I.2": { level: "HTXSNV" },
    "I.3": { quantity: 40 },
    "II.1": { passed: true },
    "II.2": { count: 3, evidence },
    "II.3": { count: 2 },
    "III.1": { score: 20.5 },
    "T.3": { count: 1, evidence },
    "TR.1": { count: 1 },
  }),
);
write(
  "tand-tinh.json",
  returnOf("tand-tinh", {
    "I.1": { achieved: 105, target: 100, evidence },
    "I.2": { level: "HTTNV" },
    "I.3": { quantity: 50 },
    "II.1": { passed: true },
    "II.2": { count: 2, evidence },
    "II.3": { count: 0 },
    "III.1": { score: 22 },
  }),
);
write(
  "problems.json",
  returnOf("vksnd-tinh", {
    "I.1": { achieved: 100, target: 100, evidence },
    "I.2": { level: "XS" },
    "I.3": { quantity: 10 },
    "II.1": { passed: true },
    "II.2": { count: 2 },
    "II.3": { count: 0 },
    "T.1": { passed: true },
  }),
);
write("old-table.json", returnOf("so-tu-phap", {}, `sha256:${"0".repeat(64)}`));
write("malformed.json", returnOf("so-tu-phap", { "I.1": { achieved: "92" } }));

describe("thidua score", () => {
  it("prints every node's points and how, the section total, bonus, deductions and total", async () => {
    const io = memoryIo(work);
    const code = await main(["score", "template.json", "cong-an-tinh.json", "--history", "history.json"], io);
    const out = io.out();
    expect(out).toContain(
      "Bản tự chấm: cong-an-tinh.json\nĐơn vị: Công an tỉnh (cong-an-tinh) · bảng mau-kiem-thu",
    );
    expect(out).toMatch(
      / {2}I\.1\s+Tỷ lệ giải quyết án, vụ việc so với kế hoạch\s+26\s+30\s+33\s+92% kế hoạch: 30 − 8 × 0,5 = 26\n/,
    );
    expect(out).toMatch(/ {2}II\.3\s+Chấp hành chế độ thông tin, báo cáo\s+7\s+10\s+10\s+10 − 2 × 1,5 = 7\n/);
    expect(out).toMatch(/\nII\s+Công tác xây dựng Đảng.*\s+19,5\s+25\s+30\s+/);
    expect(out).toMatch(
      /\nT\.1\s+Được tặng Cờ thi đua của Chính phủ năm trước\s+15\s+15\s+Đã nhận Cờ thi đua của Chính phủ năm 2021: 15\n/,
    );
    expect(out).toContain("Điểm các nội dung: 78 / 100\n");
    expect(out).toContain("Điểm thưởng: +17 ← tổng các mục 17 (tối đa 20)\n");
    expect(out).toContain("Điểm trừ: −2 ← tổng các mục 2 (tối đa 10)\n");
    // Alone, a return cannot know the bloc's best: I.3 waits for the consolidation, so the total is provisional.
    expect(out).toMatch(/ {2}I\.3\s+Số văn bản quy phạm được thẩm định\s+0\s+10\s+10\s+Số lượng 40: /);
    expect(out).toContain(
      "Tổng điểm (tạm tính): 93 ← 78 + 17 − 2 = 93\n" +
        "  Chưa phải điểm chính thức: tiêu chí so với đơn vị cao nhất khối được tính khi tổng hợp toàn khối (đang tạm tính 0).\n" +
        "Làm tròn: 2 chữ số thập phân, nửa lên (mỗi tiêu chí một lần; các tổng cộng chính xác)\n",
    );
    expect(code).toBe(0);
  });

  it("scores several returns of the bloc together, so relative-to-best compares them", async () => {
    const io = memoryIo(work);
    const code = await main(
      ["score", "template.json", "cong-an-tinh.json", "tand-tinh.json", "--history", "history.json"],
      io,
    );
    expect(code).toBe(0);
    const [first, second] = io.out().split("Bản tự chấm: ").slice(1);
    expect(first).toMatch(/ {2}I\.3\s+.*\s+8\s+10\s+10\s+10 × 40 \/ 50 \(cao nhất khối\) = 8\n/);
    // scored together, with the history: the totals are final
    expect(first).toContain("Tổng điểm: 101 ← 86 + 17 − 2 = 101\nLàm tròn: ");
    expect(second).toContain("Đơn vị: Tòa án nhân dân tỉnh (tand-tinh)");
    expect(second).toContain("Điểm các nội dung: 94,5 / 100\n");
    expect(second).toContain("Điểm trừ: 0 ← tổng các mục 0 (tối đa 10)\n");
    expect(second).toContain("Tổng điểm: 104,5 ← 94,5 + 10 − 0 = 104,5\n");
  });

  it("speaks English with --lang en", async () => {
    const io = memoryIo(work);
    const args = ["score", "template.json", "cong-an-tinh.json", "--history", "history.json", "--lang", "en"];
    expect(await main(args, io)).toBe(0);
    expect(io.out()).toContain("Unit: Công an tỉnh (cong-an-tinh) · table mau-kiem-thu");
    expect(io.out()).toMatch(/I\.1\s+.*\s+26\s+30\s+33\s+92% of target: 30 − 8 × 0\.5 = 26\n/);
    expect(io.out()).toContain("Total (provisional): 93 ← 78 + 17 − 2 = 93\n");
    expect(io.out()).toContain(
      "Rounding: 2 decimal places, half up (each criterion once; totals are exact sums)\n",
    );
  });

  it("without --history says the award history is missing, never 'not received', and exits 1", async () => {
    // Công an tỉnh did receive the Government flag in 2021 (history.json): 15 points the total cannot show yet.
    const io = memoryIo(work);
    expect(await main(["score", "template.json", "cong-an-tinh.json"], io)).toBe(1);
    const out = io.out();
    expect(out).not.toContain("Không nhận");
    expect(out).toMatch(
      /\nT\.1\s+Được tặng Cờ thi đua của Chính phủ năm trước\s+0\s+15\s+Chưa có lịch sử khen thưởng: chưa biết có nhận Cờ thi đua của Chính phủ năm 2021 không \(tạm tính 0\) — dùng --history TỆP\n/,
    );
    expect(out).toContain("Tổng điểm (tạm tính): 78 ← 78 + 2 − 2 = 78\n");
    expect(out).toContain(
      "Lỗi trong bản tự chấm (1):\n  Chưa có lịch sử khen thưởng của khối: điểm thưởng theo lịch sử khen thưởng (T.1, T.2) đang tạm tính 0, nên tổng điểm là tạm tính, chưa phải kết quả cuối cùng.\n",
    );
    const json = memoryIo(work);
    expect(
      await main(["score", "template.json", "cong-an-tinh.json", "tand-tinh.json", "--json"], json),
    ).toBe(1);
    const results = JSON.parse(json.out());
    expect(results.map((r: { provisional: boolean }) => r.provisional)).toEqual([true, true]);
    expect(results[0].problems[0].type).toBe("history-missing");
    expect(results[0].provisionalReasons[0].en).toBe(
      "the bloc's award history is missing (award-history bonuses count 0 for now)",
    );
  });

  it("prints the scores and every problem with its criterion code, and exits 1", async () => {
    const io = memoryIo(work);
    expect(await main(["score", "template.json", "problems.json"], io)).toBe(1);
    const out = io.out();
    expect(out).toContain("Tổng điểm (tạm tính): ");
    // A level off the ladder is refused: the total is printed for reference, and the return is not rankable.
    expect(out).toContain(
      "\n  Chưa dùng được để xếp hạng: có mục không được tính (xem lỗi bên dưới); tổng điểm trên chỉ để tham khảo.\n",
    );
    expect(out).toMatch(/Lỗi trong bản tự chấm \(\d+\):\n/);
    expect(out).toContain(
      '  [I.2] Tiêu chí I.2: mức "XS" không có trong thang xếp loại; chọn một trong: HTXSNV',
    );
    expect(out).toMatch(/\n {2}\[II\.2\] .*minh chứng/);
    expect(out).toMatch(/\n {2}\[III\.1\] .*chưa nhập/);
    expect(out).toMatch(/\n {2}\[T\.1\] .*lịch sử khen thưởng/);
    expect(out).toMatch(/Lỗi trong bản tự chấm \(\d+\):\n {2}Chưa có lịch sử khen thưởng của khối/);
  });

  it("says a return was made on another version of the table", async () => {
    const io = memoryIo(work);
    expect(await main(["score", "template.json", "old-table.json", "--lang", "en"], io)).toBe(1);
    expect(io.out()).toContain("The return was made on another version of the scoring table");
  });

  it("names the field of a return that does not follow the format, and a missing return file", async () => {
    const io = memoryIo(work);
    expect(await main(["score", "template.json", "malformed.json", "khong-co.json"], io)).toBe(1);
    expect(io.out()).toMatch(
      /Bản tự chấm: malformed\.json\nLỗi trong bản tự chấm \(\d+\):\n {2}\[I\.1\] Bản tự chấm, entries\["I\.1"\]\.achieved: cần một số, nhận được "92"\.\n/,
    );
    expect(io.out()).toContain(
      "Bản tự chấm: khong-co.json\nLỗi trong bản tự chấm (1):\n  khong-co.json: không tìm thấy tệp.\n",
    );
  });

  it("gives every problem of a wrongly typed return in one pass, the type error not repeated as missing", async () => {
    write(
      "typed.json",
      returnOf("vksnd-tinh", {
        "I.1": { achieved: "92", target: 100, ...{ evidence } },
        "I.2": { level: "XS" },
        "I.3": { quantity: 10 },
        "II.1": { passed: true },
        "II.2": { count: 2.5, ...{ evidence } },
        "II.3": { count: 0 },
      }),
    );
    const io = memoryIo(work);
    expect(await main(["score", "template.json", "typed.json"], io)).toBe(1);
    const lines = io.out().split("\n");
    expect(lines.slice(0, 2)).toEqual(["Bản tự chấm: typed.json", "Lỗi trong bản tự chấm (4):"]);
    expect(lines.slice(2, 6)).toEqual([
      '  [I.1] Bản tự chấm, entries["I.1"].achieved: cần một số, nhận được "92".',
      '  [II.2] Bản tự chấm, entries["II.2"].count: cần một số nguyên, nhận được 2.5.',
      expect.stringMatching(/^ {2}\[I\.2\] Tiêu chí I\.2: mức "XS" không có trong thang xếp loại/),
      expect.stringMatching(/^ {2}\[III\.1\] Tiêu chí III\.1: chưa nhập "score"/),
    ]);
  });

  it("refuses a return made for another table with one error naming both tables, exit 1", async () => {
    write("other-bloc.json", {
      formatVersion: 1,
      template: { id: "dak-lak-khoi-3-2022", version: "1", fingerprint: `sha256:${"d".repeat(64)}` },
      unitId: "trai-giam-dak-tan",
      entries: { "I.1": { score: 20 }, "II.4": { passed: true } },
    });
    const io = memoryIo(work);
    expect(await main(["score", "template.json", "other-bloc.json"], io)).toBe(1);
    expect(io.out()).toBe(
      "Bản tự chấm: other-bloc.json\nLỗi trong bản tự chấm (1):\n" +
        '  Bản tự chấm này lập cho bảng chấm điểm "dak-lak-khoi-3-2022", không phải bảng "mau-kiem-thu" đang dùng để chấm; hãy chấm nó bằng bảng "dak-lak-khoi-3-2022".\n',
    );
    const en = memoryIo(work);
    expect(await main(["score", "template.json", "old-table.json", "--lang", "en"], en)).toBe(1);
    expect(en.out()).toMatch(
      /^Return: old-table\.json\nProblems in the return \(1\):\n {2}The return was made on another version of the scoring table "mau-kiem-thu" \(version "1", fingerprint 000000000000; current table: version "1", fingerprint [0-9a-f]{12}\); redo it on the current table\.\n$/,
    );
  });

  it("prints the ScoreResult with --json, and an array for several returns", async () => {
    const one = memoryIo(work);
    expect(
      await main(["score", "template.json", "cong-an-tinh.json", "--history", "history.json", "--json"], one),
    ).toBe(0);
    const result = JSON.parse(one.out());
    expect(result).toMatchObject({
      unitId: "cong-an-tinh",
      baseScore: 78,
      bonus: 17,
      deductions: 2,
      total: 93,
      problems: [],
      provisional: true,
      rounding: { decimals: 2, mode: "half-up" },
      roundingText: { vi: "2 chữ số thập phân, nửa lên", en: "2 decimal places, half up" },
    });
    expect(result.nodes.find((n: { code: string }) => n.code === "I.1").explanation.vi).toBe(
      "92% kế hoạch: 30 − 8 × 0,5 = 26",
    );
    expect(result.fingerprint).toBe(fingerprint);
    const many = memoryIo(work);
    expect(await main(["score", "template.json", "tand-tinh.json", "malformed.json", "--json"], many)).toBe(
      1,
    );
    const results = JSON.parse(many.out());
    expect(results).toHaveLength(2);
    // Only one return could be read, so I.3 waits for the consolidation: 94,5 − 10.
    expect(results[0].total).toBe(84.5);
    expect(results[1]).toMatchObject({ file: "malformed.json", ok: false });
  });

  it("reads the full bloc history file that thidua rank reads (version, terms, past ranks)", async () => {
    write("full-history.json", {
      formatVersion: 1,
      bloc: "khoi-kiem-thu",
      awards: [{ unitId: "cong-an-tinh", year: 2021, award: "co-chinh-phu" }],
      terms: [{ year: 2022, leader: "tand-tinh", deputy: "cong-an-tinh" }],
      ranks: [{ year: 2021, unitId: "cong-an-tinh", rank: 1 }],
    });
    const io = memoryIo(work);
    expect(
      await main(["score", "template.json", "cong-an-tinh.json", "--history", "full-history.json"], io),
    ).toBe(0);
    expect(io.err()).toBe("");
    expect(io.out()).toMatch(/\nT\.1\s+Được tặng Cờ thi đua của Chính phủ năm trước\s+15\s+15\s+/);
    expect(io.out()).toContain("Tổng điểm (tạm tính): 93 ← 78 + 17 − 2 = 93\n");
  });

  it("refuses an invalid template or history file, exit 1", async () => {
    write("broken-template.json", { ...allKindsTemplate, base: 90 });
    const t = memoryIo(work);
    expect(await main(["score", "broken-template.json", "cong-an-tinh.json"], t)).toBe(1);
    expect(t.out()).toContain("✗ broken-template.json: bảng chấm điểm có 1 lỗi:\n  sections: ");
    write("bad-history.json", { awards: [{ unitId: "cong-an-tinh", year: 1990, award: "co-chinh-phu" }] });
    const h = memoryIo(work);
    expect(
      await main(["score", "template.json", "cong-an-tinh.json", "--history", "bad-history.json"], h),
    ).toBe(1);
    expect(h.err()).toBe("thidua: bad-history.json: awards[0].year: Giá trị quá nhỏ (tối thiểu 2000).\n");
  });

  it("needs a template and at least one return, exit 2", async () => {
    const io = memoryIo(work);
    expect(await main(["score", "template.json"], io)).toBe(2);
    expect(io.err()).toContain("thidua: thiếu tham số.\nCách dùng: thidua score TEMPLATE RETURN.json");
  });
});
