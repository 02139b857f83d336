import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { memoryIo } from "./memoryIo";

const root = join(__dirname, "..", "..");

describe("thidua demo", () => {
  it("checks every sample table and scores every example return, exit 0", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["demo"], io)).toBe(0);
    const out = io.out();
    expect(out).toContain(
      "✓ templates/ha-giang-khoi-noi-chinh-2022.json: Khối thi đua Nội chính tỉnh Hà Giang 2022 (tổng kết năm) · 9 nội dung · 8 đơn vị · vân tay ",
    );
    expect(out).toContain(
      "Khối thi đua các Ban Đảng tỉnh Hà Giang 2021 (sơ kết 6 tháng) · 5 nội dung · 9 đơn vị",
    );
    expect(out).toMatch(/Đơn vị\s+Điểm nội dung\s+Thưởng\s+Trừ\s+Tổng điểm\s+Lỗi\n/);
    // Công an tỉnh had both flags last year in the sample history (15 + 10), capped at the bloc's 20.
    const haGiang = out.slice(out.indexOf("ha-giang-khoi-noi-chinh-2022.json"));
    expect(haGiang).toMatch(/\n {2}Công an tỉnh\s+[\d,]+\s+20\s+[\d,]+\s+[\d,]+\s+0\n/);
    expect(out).toContain("✓ Đã kiểm tra 4 bảng chấm điểm, chấm 37 bản tự chấm, 0 có lỗi.\n");
    expect(io.err()).toBe("");
  });

  it("speaks English with --lang en", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["demo", "--lang", "en"], io)).toBe(0);
    expect(io.out()).toMatch(/Unit\s+Sections\s+Bonus\s+Deductions\s+Total\s+Problems\n/);
    expect(io.out()).toContain("✓ 4 tables checked, 37 returns scored, 0 with problems.\n");
  });

  it("prints every table's scores with --json", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["demo", "--json"], io)).toBe(0);
    const result = JSON.parse(io.out());
    expect(result).toMatchObject({ ok: true, tables: 4, scored: 37, failed: 0 });
    const haGiang = result.blocs.find((b: { id: string }) => b.id === "ha-giang-khoi-noi-chinh-2022");
    expect(haGiang.fingerprint).toMatch(/^sha256:/);
    const congAn = haGiang.returns.find((r: { unitId: string }) => r.unitId === "cong-an-tinh");
    expect(congAn.bonus).toBe(20);
    expect(congAn.total).toBeCloseTo(congAn.baseScore + congAn.bonus - congAn.deductions, 4);
  });

  it("reports a broken table and a return made on another table version, exit 1", async () => {
    const work = mkdtempSync(join(tmpdir(), "thidua-demo-"));
    mkdirSync(join(work, "templates"));
    mkdirSync(join(work, "examples", "returns", "ha-giang-khoi-noi-chinh-2022"), { recursive: true });
    const good = readFileSync(join(root, "templates", "ha-giang-khoi-noi-chinh-2022.json"), "utf8");
    writeFileSync(join(work, "templates", "ha-giang-khoi-noi-chinh-2022.json"), good);
    const broken = JSON.parse(readFileSync(join(root, "templates", "dak-lak-khoi-3-2022.json"), "utf8"));
    broken.leader = "so-noi-vu";
    writeFileSync(join(work, "templates", "dak-lak-khoi-3-2022.json"), JSON.stringify(broken));
    const ret = JSON.parse(
      readFileSync(
        join(root, "examples", "returns", "ha-giang-khoi-noi-chinh-2022", "so-tu-phap.json"),
        "utf8",
      ),
    );
    ret.template.fingerprint = `sha256:${"a".repeat(64)}`;
    writeFileSync(
      join(work, "examples", "returns", "ha-giang-khoi-noi-chinh-2022", "so-tu-phap.json"),
      JSON.stringify(ret),
    );

    const io = memoryIo(work);
    expect(await main(["demo", "--templates", "templates", "--examples", "examples"], io)).toBe(1);
    const out = io.out();
    expect(out).toContain(
      '✗ templates/dak-lak-khoi-3-2022.json: bảng chấm điểm có 1 lỗi:\n  leader: Khối trưởng "so-noi-vu"',
    );
    expect(out).toMatch(/\n {2}Sở Tư pháp\s+[\d,]+\s+[\d,]+\s+[\d,]+\s+[\d,]+\s+1\n/);
    expect(out).toContain(
      "  so-tu-phap.json\n  Lỗi trong bản tự chấm (1):\n    Bản tự chấm được lập trên một phiên bản khác",
    );
    expect(out).toContain("✗ Đã kiểm tra 2 bảng chấm điểm, chấm 1 bản tự chấm, 2 có lỗi.\n");
  });

  it("says so when there is no template to check", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["demo", "--templates", mkdtempSync(join(tmpdir(), "thidua-empty-"))], io)).toBe(1);
    expect(io.err()).toMatch(/^thidua: không có bảng chấm điểm \(\*\.json\) trong /);
  });
});
