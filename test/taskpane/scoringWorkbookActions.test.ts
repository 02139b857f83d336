/// <reference types="office-js" />
import { parseTemplate } from "../../core/template/parseTemplate";
import type { ExcelRun } from "../../src-taskpane/excel/scoringWorkbookActions";
import { readScoringReturn, writeScoringSheet } from "../../src-taskpane/excel/scoringWorkbookActions";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";
import { FakeContext } from "../helpers/fakeExcel";
import { randomReturn } from "../helpers/randomReturn";
import { seededRandom } from "../helpers/seededRandom";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;

function fakeRun(context: FakeContext): ExcelRun {
  return (batch) => batch(context.asExcel());
}

describe("scoring workbook actions (Excel.run passed in)", () => {
  it("writes a unit's sheet in 2 syncs and reads the filled return back in 1", async () => {
    const context = new FakeContext();
    const ret = randomReturn(compiled, "thanh-tra-tinh", seededRandom(9), true);
    for (const e of Object.values(ret.entries)) {
      if (e.percent !== undefined) {
        e.achieved = e.percent;
        e.target = 100;
        delete e.percent;
      }
    }
    const stats = await writeScoringSheet(fakeRun(context), compiled, "thanh-tra-tinh", { ret });
    expect(stats.syncs).toBe(2);
    context.resetCounters();
    expect(await readScoringReturn(fakeRun(context), compiled)).toEqual({ ok: true, return: ret });
    expect(context.syncCount).toBe(1);
  });

  it("says an ordinary workbook is not a Thi Đua workbook", async () => {
    const context = new FakeContext();
    context.workbook.worksheets.add("Sheet1");
    const read = await readScoringReturn(fakeRun(context), compiled);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.type).toBe("not-ours");
  });
});
