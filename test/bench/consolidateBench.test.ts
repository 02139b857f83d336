import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { measureConsolidate, sofficeBatches } from "../../bench/consolidateBench";
import { writeXlsxBuffer } from "../../cli/xlsx/renderXlsx";
import { scoringSheetPlan } from "../../core/sheets";
import { benchBloc } from "../../bench/blocFixture";
import { sofficeOrSkip } from "../helpers/libreOffice";

describe("the consolidation bench", () => {
  it("consolidates every bloc's workbooks and refuses a ratio to a recalculation that lost a file", async () => {
    const table = await measureConsolidate({
      blocs: 2,
      units: 2,
      criteria: 10,
      batch: 2,
      // stands for soffice stopping early yet exiting 0: every file but the last is "recalculated"
      recalculate: (files, outDir) =>
        files.slice(0, -1).forEach((f) => copyFileSync(f, join(outDir, basename(f)))),
    });
    const [thidua, inProcess, office] = table.rows;
    expect(thidua![1]).toBe("files 4");
    expect(inProcess![1]).toBe("files 4");
    expect(inProcess![4]).toMatch(/^\d+\.\d\d×$/);
    expect(office![1]).toBe("files 3");
    expect(office![4]).toBe("refused: files 3 ≠ 4");
    expect(table.notes.some((n) => n.startsWith("A command failed"))).toBe(false);
  }, 120_000);

  it("recalculates with LibreOffice in batches, every file landing in the output directory", async () => {
    const soffice = sofficeOrSkip("consolidation bench");
    if (!soffice) return;
    const dir = mkdtempSync(join(tmpdir(), "thidua-bench-test-"));
    try {
      const bloc = benchBloc(0, { units: 3, criteria: 10 });
      const files: string[] = [];
      for (const ret of bloc.returns) {
        const file = join(dir, `${ret.unitId}.xlsx`);
        writeFileSync(file, await writeXlsxBuffer(scoringSheetPlan(bloc.compiled, ret.unitId, { ret })));
        files.push(file);
      }
      const out = join(dir, "out");
      mkdirSync(out);
      sofficeBatches(soffice, 2)(files, out);
      expect(readdirSync(out).sort()).toEqual(files.map((f) => basename(f)).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
