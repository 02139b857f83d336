import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { main } from "../../cli/main";
import { templateJsonSchemaText } from "../../cli/templateJsonSchema";
import { memoryIo } from "./memoryIo";

const root = join(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "thidua-template-"));
const sample = "templates/ha-giang-khoi-noi-chinh-2022.json";
brokenCopy();

function brokenCopy(): string {
  const t = JSON.parse(readFileSync(join(root, sample), "utf8"));
  t.sections[0].children[1].code = "I.1";
  t.sections[2].cap = 5;
  t.members[2].name = "Bộ Chỉ huy Quân sự tỉnh";
  const file = join(work, "broken.json");
  writeFileSync(file, JSON.stringify(t, null, 2));
  return file;
}

describe("thidua template check", () => {
  it("prints a valid table's sections, caps, members and fingerprint in Vietnamese, exit 0", async () => {
    const io = memoryIo(root);
    expect(await main(["template", "check", sample], io)).toBe(0);
    const out = io.out();
    expect(out).toContain(`✓ ${sample}: bảng chấm điểm hợp lệ.`);
    expect(out).toContain("Khối thi đua Nội chính tỉnh Hà Giang · Hà Giang · năm 2022 · tổng kết năm");
    expect(out).toContain("Đơn vị thành viên: 8 · Khối trưởng: (chưa ghi)");
    expect(out).toMatch(/III\s+Cải cách hành chính, chuyển đổi số\s+10\s+12 \(trần 12\)\s+3\n/);
    expect(out).toMatch(/\n\s+Cộng\s+100\s+106\s+25\n/);
    expect(out).toContain(
      "Làm tròn: 2 chữ số thập phân, nửa lên (mỗi tiêu chí một lần; các tổng cộng chính xác)\n" +
        "Điểm thưởng: 3 mục, trần 20",
    );
    expect(out).toContain("Điểm trừ: 3 mục, trần 10");
    expect(out).toMatch(/Dấu vân tay: [0-9a-f]{12}\n {2}sha256:[0-9a-f]{64}\n$/);
    expect(io.err()).toBe("");
  });

  it("speaks English with --lang en and uses the English section titles", async () => {
    const io = memoryIo(root);
    expect(await main(["template", "check", "templates/dak-lak-khoi-3-2022.json", "--lang", "en"], io)).toBe(
      0,
    );
    expect(io.out()).toContain("the scoring table is valid.");
    expect(io.out()).toContain("Members: 12 · leader: Thanh tra tỉnh · deputy: (not set)");
    expect(io.out()).toMatch(/I\s+Political and professional tasks\s+40\s+44\s+3\n/);
    expect(io.out()).toContain("Deductions: 2 items, cap 15");
    expect(io.out()).toContain(
      "Rounding: 2 decimal places, half up (each criterion once; totals are exact sums)\n",
    );
  });

  it("prints --json with the fingerprint and the sections' points", async () => {
    const io = memoryIo(root);
    expect(
      await main(["template", "check", "--json", "templates/ha-giang-khoi-ban-dang-2021.json"], io),
    ).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.ok).toBe(true);
    expect(result.id).toBe("ha-giang-khoi-ban-dang-2021");
    expect(result.identity.period).toBe("mid-year");
    expect(result.members).toBe(9);
    expect(result.leader).toBe("ban-dan-van-tinh-uy");
    expect(result.sections[1]).toEqual({
      code: "II",
      title: "Nhiệm vụ chuyên môn, công tác dân vận và an sinh xã hội",
      standard: 25,
      max: 28,
      cap: 28,
      criteria: 4,
    });
    expect(result.bonus).toEqual({ items: 3, cap: 20 });
    expect(result.rounding).toEqual({
      decimals: 2,
      mode: "half-up",
      text: { vi: "2 chữ số thập phân, nửa lên", en: "2 decimal places, half up" },
    });
    expect(result.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("lists every problem with its path and exits 1", async () => {
    const io = memoryIo(work);
    expect(await main(["template", "check", "broken.json"], io)).toBe(1);
    const out = io.out();
    expect(out).toContain("✗ broken.json: bảng chấm điểm có 3 lỗi:");
    expect(out).toContain('  sections[0].children[1].code: Mã "I.1" bị trùng với sections[0].children[0]');
    expect(out).toContain("  sections[2].cap: Nhóm III: điểm chuẩn các mục con cộng lại 10, vượt mức trần 5");
    expect(out).toContain(
      '  members[2].name: Tên đơn vị "Bộ Chỉ huy Quân sự tỉnh" bị trùng; mỗi đơn vị chỉ ghi một lần.',
    );
  });

  it("lists the problems in English and as JSON", async () => {
    const en = memoryIo(work);
    expect(await main(["template", "check", "broken.json", "--lang=en"], en)).toBe(1);
    expect(en.out()).toContain("✗ broken.json: 3 problems in the scoring table:");
    expect(en.out()).toContain('Duplicate code "I.1"');
    const json = memoryIo(work);
    expect(await main(["template", "check", "broken.json", "--json"], json)).toBe(1);
    const result = JSON.parse(json.out());
    expect(result.ok).toBe(false);
    expect(result.problems.map((p: { path: string }) => p.path)).toEqual([
      "sections[0].children[1].code",
      "sections[2].cap",
      "members[2].name",
    ]);
  });

  it("names a missing file and a file that is not JSON, exit 1", async () => {
    writeFileSync(join(work, "bad.json"), '{\n  "id": "x",\n  "base" 100\n}');
    const missing = memoryIo(work);
    expect(await main(["template", "check", "khong-co.json"], missing)).toBe(1);
    expect(missing.err()).toBe("thidua: khong-co.json: không tìm thấy tệp.\n");
    const bad = memoryIo(work);
    expect(await main(["template", "check", "bad.json", "--lang", "en"], bad)).toBe(1);
    expect(bad.err()).toMatch(
      /^thidua: bad\.json: not valid JSON at line 3, column 10: a colon \(:\) is missing after the field name, found "1"\.\n$/,
    );
  });

  it('names a file that is not a table in Vietnamese, "(tệp)" not "(file)"', async () => {
    writeFileSync(join(work, "list.json"), "[]");
    const vi = memoryIo(work);
    expect(await main(["template", "check", "list.json"], vi)).toBe(1);
    expect(vi.out()).toBe(
      "✗ list.json: bảng chấm điểm có 1 lỗi:\n  (tệp): Cần kiểu đối tượng {…}, không phải [].\n",
    );
    const en = memoryIo(work);
    expect(await main(["template", "check", "list.json", "--lang", "en"], en)).toBe(1);
    expect(en.out()).toContain("  (file): Expected object {…}, not [].\n");
  });

  it("rejects an unknown option or a missing file argument as a usage error, exit 2", async () => {
    const unknown = memoryIo(root);
    expect(await main(["template", "check", sample, "--verbose"], unknown)).toBe(2);
    expect(unknown.err()).toContain("thidua: tham số không hợp lệ: Unknown option '--verbose'");
    expect(unknown.err()).toContain("Cách dùng: thidua template check FILE");
    const none = memoryIo(root);
    expect(await main(["template", "check", "--lang", "en"], none)).toBe(2);
    expect(none.err()).toBe(
      "thidua: missing arguments.\nUsage: thidua template check FILE [--lang vi|en] [--json]\n",
    );
    const lang = memoryIo(root);
    expect(await main(["template", "check", sample, "--lang", "fr"], lang)).toBe(2);
    expect(lang.err()).toContain('--lang chỉ nhận "vi" hoặc "en", không nhận "fr".');
  });
});

describe("thidua template schema", () => {
  it("prints the JSON Schema", async () => {
    const io = memoryIo(root);
    expect(await main(["template", "schema"], io)).toBe(0);
    expect(io.out()).toBe(templateJsonSchemaText());
  });

  it("writes it with -o, and fails cleanly when it cannot", async () => {
    const io = memoryIo(work);
    expect(await main(["template", "schema", "-o", "schema.json"], io)).toBe(0);
    expect(io.out()).toBe("Đã ghi schema.json\n");
    expect(readFileSync(join(work, "schema.json"), "utf8")).toBe(templateJsonSchemaText());
    const fail = memoryIo(work);
    expect(await main(["template", "schema", "-o", "khong-co/schema.json", "--lang", "en"], fail)).toBe(1);
    expect(fail.err()).toMatch(/^thidua: cannot write khong-co\/schema\.json \(/);
  });
});

describe("bin/thidua.js", () => {
  it("runs `template check` as a real process with the exit code of the command", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ["bin/thidua.js", "template", "check", sample], {
      cwd: root,
    });
    expect(stdout).toContain("bảng chấm điểm hợp lệ");
    const failed = await run(process.execPath, ["bin/thidua.js", "template", "check", "khong-co.json"], {
      cwd: root,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: "thidua: khong-co.json: không tìm thấy tệp.\n" });
  });
});
