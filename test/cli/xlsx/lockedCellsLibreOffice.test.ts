import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { readReturnWorkbook } from "../../../cli/xlsx/readReturnWorkbook";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { COL, SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET } from "../../../core/sheets/sheetMetadata";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { allKindsCell, allKindsCompiled, ordinaryEntries } from "../../fixtures/allKindsSheet";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../../helpers/typeIntoWorkbook";
import { memoryIo } from "../memoryIo";

const tools = typingToolsOrSkip("Locked cells edited through LibreOffice");
const compiled = allKindsCompiled;
const at = allKindsCell;
const HISTORY = { formatVersion: 1, awards: [{ unitId: "tand-tinh", year: 2021, award: "co-ubnd-tinh" }] };

/** Entries every unit types into its open cells. */
const ENTRIES = ordinaryEntries();

(tools ? describe : describe.skip)(
  "locked cells of workbooks saved by LibreOffice (python3-uno, vi-VN)",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "thidua-locked-"));
      writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
      writeFileSync(join(dir, "lich-su.json"), JSON.stringify(HISTORY));
      const jobs = [];
      const edits: Record<string, { cells: Record<string, string>; unprotect?: boolean }> = {
        // Opened and saved, nothing typed.
        "cong-an-tinh": { cells: {} },
        // Filled in the open cells only.
        "vksnd-tinh": { cells: ENTRIES },
        // Filled, then the sheet unprotected and a criterion's maximum and an award-history row typed over.
        "tand-tinh": {
          cells: { ...ENTRIES, [at("III.1", COL.max)]: "50", [at("T.1", COL.points)]: "15" },
          unprotect: true,
        },
        // Filled, then the unit's name typed over.
        "thanh-tra-tinh": { cells: { ...ENTRIES, B3: "Sở Tư pháp" }, unprotect: true },
      };
      for (const [unit, edit] of Object.entries(edits)) {
        const blank = join(dir, `${unit}-mau.xlsx`);
        const history = HISTORY.awards;
        writeFileSync(blank, await writeXlsxBuffer(scoringSheetPlan(compiled, unit, { history })));
        jobs.push({ in: blank, out: join(dir, `${unit}.xlsx`), sheet: SCORING_SHEET, ...edit });
      }
      if (tools) typeIntoWorkbooks(tools, jobs);
    }, 120_000);

    it("When a workbook is opened and saved by LibreOffice untouched, then it reads back as the same unit with no alarm, though its metadata sheet is now merely hidden", async () => {
      const grids = await readXlsx(readFileSync(join(dir, "cong-an-tinh.xlsx")));
      expect(grids.find((g) => g.name === METADATA_SHEET)?.state).toBe("hidden");
      const read = await readReturnWorkbook(compiled, "cong-an-tinh.xlsx", dir);
      expect(read).toMatchObject({ ok: true, return: { unitId: "cong-an-tinh", entries: {} } });
    });

    it("When only the open cells are typed into, then the seal still matches", async () => {
      const read = await readReturnWorkbook(compiled, "vksnd-tinh.xlsx", dir);
      expect(read.ok && read.return.entries["III.1"]).toMatchObject({ score: 20.5 });
    });

    it("When a maximum and an award-history row are typed over after unprotecting, then each is named with its old and new value", async () => {
      const read = await readReturnWorkbook(compiled, "tand-tinh.xlsx", dir);
      if (read.ok) throw new Error("expected the edits to be reported");
      expect(read.problems.map((p) => [p.type, p.cell])).toEqual([
        ["constant-edited", at("III.1", COL.max)],
        ["constant-edited", at("T.1", COL.points)],
      ]);
      expect(read.problems[0]?.message.vi).toContain("(mục III.1, cột Điểm tối đa) đã bị sửa: 25 → 50");
      expect(read.problems[1]?.message.vi).toContain("(mục T.1, cột Điểm tự chấm) đã bị sửa: 0 → 15");
    });

    it("When consolidate reads the bloc, then it reports the edited cells by file and cell and names the unit's name once", async () => {
      const io = memoryIo(dir);
      const files = ["cong-an-tinh.xlsx", "vksnd-tinh.xlsx", "tand-tinh.xlsx", "thanh-tra-tinh.xlsx"];
      const code = await main(
        ["consolidate", "mau.json", ...files, "--history", "lich-su.json", "-o", "xh.xlsx"],
        io,
      );
      expect(code).toBe(1);
      const out = io.out();
      const max = at("III.1", COL.max);
      expect(out).toContain(
        `tand-tinh.xlsx [${max}]: Ô ${max} (mục III.1, cột Điểm tối đa) đã bị sửa: 25 → 50.`,
      );
      expect(out.match(/thanh-tra-tinh\.xlsx \[B3\]/g)).toHaveLength(1);
      // The untouched file is only missing its entries; the filled one has nothing to report.
      const lines = (file: string) => out.split("\n").filter((l) => l.trim().startsWith(`${file} [`));
      expect(lines("cong-an-tinh.xlsx").length).toBeGreaterThan(0);
      expect(lines("cong-an-tinh.xlsx").filter((l) => /bị sửa|công thức/.test(l))).toEqual([]);
      expect(lines("vksnd-tinh.xlsx")).toEqual([]);
    });
  },
);
