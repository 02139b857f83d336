import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { readXlsx } from "../../cli/xlsx/readXlsx";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets/sheetMetadata";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "thidua-wb-"));
  writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
  const out = { stdout: "", stderr: "" };
  const io = {
    cwd: dir,
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
  };
  return { dir, io, out };
}

async function metadataOf(file: string) {
  const grids = await readXlsx(readFileSync(file));
  return parseSheetMetadata(grids.find((g) => g.name === METADATA_SHEET)?.values);
}

describe("thidua workbook", () => {
  it("writes one unit's scoring workbook, found by name, recording the unit and fingerprint", async () => {
    const { dir, io, out } = setup();
    const code = await main(
      ["workbook", "mau.json", "--unit", "Tòa án nhân dân tỉnh", "-o", "toa-an.xlsx"],
      io,
    );
    expect(code).toBe(0);
    expect(out.stdout).toContain("Đã ghi");
    const meta = await metadataOf(join(dir, "toa-an.xlsx"));
    expect(meta).toMatchObject({
      ok: true,
      metadata: { unitId: "tand-tinh", templateId: "mau-kiem-thu", year: 2022 },
    });
  });

  it("writes one workbook per member with --all", async () => {
    const { dir, io } = setup();
    expect(await main(["workbook", "mau.json", "--all", "-o", "out"], io)).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(
      ["cong-an-tinh", "so-tu-phap", "tand-tinh", "thanh-tra-tinh", "vksnd-tinh"].map(
        (u) => `mau-kiem-thu-${u}.xlsx`,
      ),
    );
  });

  it("shows the progress of a long --all run on stderr and ends it with a newline", async () => {
    const { dir, io, out } = setup();
    const many = {
      ...structuredClone(allKindsTemplate),
      members: Array.from({ length: 21 }, (_, i) => ({ id: `don-vi-${i + 1}`, name: `Đơn vị ${i + 1}` })),
      leader: "don-vi-1",
      deputy: "don-vi-2",
    };
    writeFileSync(join(dir, "nhieu.json"), JSON.stringify(many));
    expect(await main(["workbook", "nhieu.json", "--all", "-o", "out"], io)).toBe(0);
    expect(readdirSync(join(dir, "out"))).toHaveLength(21);
    expect(out.stderr).toContain("\rĐã ghi 21/21 tệp");
    expect(out.stderr.endsWith("\n")).toBe(true);
    // One line of progress (rewritten in place), after the one warning that no --history was given.
    const lines = out.stderr.split("\n").filter((l) => !l.includes("chưa có --history"));
    expect(lines).toHaveLength(2);
  });

  it("names the members when the unit is unknown, and exits 1", async () => {
    const { io, out } = setup();
    expect(await main(["workbook", "mau.json", "--unit", "so-noi-vu", "-o", "x.xlsx"], io)).toBe(1);
    expect(out.stderr).toContain('không có đơn vị "so-noi-vu"');
    expect(out.stderr).toContain("cong-an-tinh (Công an tỉnh)");
  });

  it("is a usage error (exit 2) without -o or with both --unit and --all", async () => {
    const { io, out } = setup();
    expect(await main(["workbook", "mau.json", "--unit", "tand-tinh"], io)).toBe(2);
    expect(await main(["workbook", "mau.json", "--unit", "tand-tinh", "--all", "-o", "x"], io)).toBe(2);
    expect(out.stderr).toContain("--unit");
  });

  it("When no --history is given, then award-history bonuses say 'Chưa biết' (not 'Không') and the command warns", async () => {
    const { dir, io, out } = setup();
    expect(await main(["workbook", "mau.json", "--unit", "tand-tinh", "-o", "t.xlsx"], io)).toBe(0);
    const grids = await readXlsx(readFileSync(join(dir, "t.xlsx")));
    const rows = ["T.1", "T.2"].map((code) => grids[0]?.values.find((r) => r[0] === code) ?? []);
    expect(rows.map((r) => [r[5], r[7]])).toEqual([
      ["Chưa biết (chưa có lịch sử khen thưởng; tạm tính 0)", 0],
      ["Chưa biết (chưa có lịch sử khen thưởng; tạm tính 0)", 0],
    ]);
    expect(out.stderr).toContain(
      'cảnh báo: chưa có --history: điểm thưởng theo lịch sử khen thưởng (T.1, T.2) ghi là "Chưa biết" và tạm tính 0',
    );
  });

  it("When --json is given, then it prints the files written and whether the award history was known", async () => {
    const { dir, io, out } = setup();
    expect(await main(["workbook", "mau.json", "--unit", "tand-tinh", "-o", "t.xlsx", "--json"], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      ok: true,
      historyKnown: false,
      files: [{ unitId: "tand-tinh", name: "Tòa án nhân dân tỉnh", file: join(dir, "t.xlsx") }],
    });
  });

  it("writes award-history bonuses from --history as locked points, and rejects a bad history file", async () => {
    const { dir, io, out } = setup();
    writeFileSync(
      join(dir, "lich-su.json"),
      JSON.stringify({
        formatVersion: 1,
        awards: [{ unitId: "tand-tinh", year: 2021, award: "co-ubnd-tinh" }],
        terms: [],
      }),
    );
    expect(
      await main(
        ["workbook", "mau.json", "--unit", "tand-tinh", "--history", "lich-su.json", "-o", "t.xlsx"],
        io,
      ),
    ).toBe(0);
    const grids = await readXlsx(readFileSync(join(dir, "t.xlsx")));
    const row = grids[0]?.values.find((r) => r[0] === "T.2") ?? [];
    expect(row[7]).toBe(10);
    expect(row[5]).toBe("Có (theo lịch sử)");
    writeFileSync(
      join(dir, "hong.json"),
      JSON.stringify({ awards: [{ unitId: "tand-tinh", year: "2021" }] }),
    );
    expect(
      await main(
        ["workbook", "mau.json", "--unit", "tand-tinh", "--history", "hong.json", "-o", "u.xlsx"],
        io,
      ),
    ).toBe(1);
    expect(out.stderr).toContain("hong.json");
  });
});
