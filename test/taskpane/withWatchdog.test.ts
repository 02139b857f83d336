import type { ExcelRun } from "../../src-taskpane/excel/scoringWorkbookActions";
import { ExcelTimeoutError, withWatchdog } from "../../src-taskpane/excel/withWatchdog";
import { FakeContext } from "../helpers/fakeExcel";
import { ManualTimers } from "./ui/paneHarness";

describe("the watchdog around Excel.run", () => {
  it("turns a batch that never finishes into a timeout error", async () => {
    const timers = new ManualTimers();
    const hung: ExcelRun = () => new Promise(() => undefined);
    const outcome = withWatchdog(hung, 10_000, timers)(async () => 1);
    timers.flush();
    await expect(outcome).rejects.toBeInstanceOf(ExcelTimeoutError);
    await expect(outcome).rejects.toMatchObject({ ms: 10_000 });
  });

  it("passes a finished batch's value and error through and stops its timer", async () => {
    const timers = new ManualTimers();
    const context = new FakeContext();
    const run = withWatchdog((batch) => batch(context.asExcel()), 10_000, timers);
    await expect(
      run(async (ctx) => {
        await ctx.sync();
        return "xong";
      }),
    ).resolves.toBe("xong");
    await expect(run(async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(timers.due.size).toBe(0);
    expect(context.syncCount).toBe(1);
  });
});
