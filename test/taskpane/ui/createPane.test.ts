import { SCORING_SHEET } from "../../../core/sheets";
import { ExcelTimeoutError } from "../../../src-taskpane/excel/withWatchdog";
import type { PaneCore } from "../../../src-taskpane/ui/createPane";
import * as paneCore from "../../../src-taskpane/ui/paneCore";
import { paneOverFake, settle } from "./paneHarness";

const TABLE = "ha-giang-khoi-noi-chinh-2022";

async function insertedPane() {
  const harness = paneOverFake();
  await harness.pane.start();
  await harness.pane.chooseTable(TABLE);
  harness.pane.chooseUnit("thanh-tra-tinh");
  await harness.pane.insertSheet();
  harness.context.resetCounters();
  return harness;
}

describe("the unit's self-scoring pane (injected workbook, no Office, no network)", () => {
  it("when started, lists the sample tables and watches the workbook's edits", async () => {
    const { pane, context } = paneOverFake();
    await pane.start();
    expect(pane.state().tables.map((t) => t.id)).toEqual([TABLE]);
    expect(context.changeHandlers).toHaveLength(1);
    expect(pane.state().busy).toBeUndefined();
  });

  it("when a table is chosen in an empty workbook, offers its units and reports no sheet problem yet", async () => {
    const { pane } = paneOverFake();
    await pane.start();
    await pane.chooseTable(TABLE);
    expect(pane.state().table?.compiled.template.members).toHaveLength(8);
    expect(pane.state().inserted).toBe(false);
    expect(pane.state().problems).toEqual([]);
  });

  it("when the sheet is inserted, lists every criterion still to fill with its cell and shows a total", async () => {
    const { pane, context } = await insertedPane();
    expect(context.workbook.worksheets.get(SCORING_SHEET)).toBeDefined();
    const state = pane.state();
    expect(state.inserted).toBe(true);
    expect(state.problems.length).toBeGreaterThan(10);
    expect(state.problems[0]).toMatchObject({ type: "missing-entry", cell: "F8", code: "I.1" });
    expect(state.score?.total).toBe(0);
  });

  it("when the user types an invalid value, checks once after the quiet time, in one read sync", async () => {
    const { pane, context, timers } = await insertedPane();
    await context.typeInto(SCORING_SHEET, "F13", "99");
    await context.typeInto(SCORING_SHEET, "F13", "999");
    expect(timers.due.size).toBe(1);
    expect(context.syncCount).toBe(0);
    timers.flush();
    await settle();
    expect(context.syncCount).toBe(1);
    expect(pane.state().problems).toEqual([
      expect.objectContaining({
        cell: "F13",
        code: "II.3",
        message: expect.objectContaining({ vi: expect.stringMatching(/^Ô F13 .*"999" không hợp lệ/) }),
      }),
    ]);
  });

  it("when a problem is clicked, selects its cell on the scoring sheet in one sync", async () => {
    const { pane, context, timers } = await insertedPane();
    await context.typeInto(SCORING_SHEET, "F13", "99");
    timers.flush();
    await settle();
    context.resetCounters();
    await pane.selectProblem(0);
    expect(context.selection).toEqual({ sheet: SCORING_SHEET, address: "F13" });
    expect(context.syncCount).toBe(1);
  });

  it("when fixed, shows the points with core's explanation of the criterion", async () => {
    const { pane, context, timers } = await insertedPane();
    await context.typeInto(SCORING_SHEET, "F13", "99");
    timers.flush();
    await settle();
    await context.typeInto(SCORING_SHEET, "F13", "Đạt");
    timers.flush();
    await settle();
    const state = pane.state();
    expect(state.problems.some((p) => p.cell === "F13")).toBe(false);
    const node = state.score?.nodes.find((n) => n.code === "II.3");
    expect(node?.points).toBeGreaterThan(0);
    expect(state.score?.total).toBe(node?.points);
    pane.explain("II.3");
    expect(pane.state().explainCode).toBe("II.3");
    expect(node?.explanation.vi).toMatch(/Đạt/);
  });

  it("when an edit arrives during a check, checks once more afterwards", async () => {
    const { pane, context, timers } = await insertedPane();
    await context.typeInto(SCORING_SHEET, "F13", "99");
    timers.flush();
    // The check is under way: this edit is remembered, not dropped.
    await context.typeInto(SCORING_SHEET, "F13", "Đạt");
    await settle();
    expect(timers.due.size).toBe(1);
    timers.flush();
    await settle();
    expect(pane.state().problems.some((p) => p.cell === "F13")).toBe(false);
  });

  it("saves exactly what the sheet holds as <table>-<unit>.json and says when, in Vietnamese formats", async () => {
    const { pane, context, saved } = await insertedPane();
    await context.typeInto(SCORING_SHEET, "F13", "Đạt");
    await pane.saveReturn();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe(`${TABLE}-thanh-tra-tinh.json`);
    const ret = JSON.parse(saved[0]?.text ?? "{}");
    expect(ret.unitId).toBe("thanh-tra-tinh");
    expect(ret.entries["II.3"]).toEqual({ passed: true });
    expect(pane.state().notice?.vi).toMatch(
      /^Đã lưu .* lúc 04\/12\/2026 09:05; còn \d+ lỗi cần sửa trước khi gửi\.$/,
    );
  });

  it("when Excel hangs, says so in Vietnamese and retries the same action", async () => {
    let hang = true;
    const { pane: real, context } = paneOverFake();
    await real.start();
    await real.chooseTable(TABLE);
    real.chooseUnit("thanh-tra-tinh");
    // The watchdog's verdict (see withWatchdog.test.ts) arriving in place of Excel's answer.
    const original = context.sync.bind(context);
    context.sync = async () => {
      if (hang) throw new ExcelTimeoutError(10_000);
      return original();
    };
    await real.insertSheet();
    expect(real.state().failure).toMatchObject({
      retryable: true,
      message: { vi: expect.stringMatching(/^Excel không phản hồi sau 10 giây/) },
    });
    hang = false;
    await real.retry();
    expect(real.state().failure).toBeUndefined();
    expect(real.state().inserted).toBe(true);
  });

  it("reports every problem of a broken table file with its path, and where a file stops being JSON", async () => {
    const { pane } = await insertedPane();
    await pane.openTableFile("bang-diem.json", JSON.stringify({ formatVersion: 1, id: "x" }));
    // Nothing read under the previous table is shown any more.
    expect(pane.state()).toMatchObject({ table: undefined, inserted: false, score: undefined, problems: [] });
    expect(pane.state().tableProblems.length).toBeGreaterThan(1);
    expect(pane.state().tableProblems[0]?.vi).toMatch(/^\S+: /);
    // core's strict reader (the CLI's and the back end's) places a syntax error by line and column.
    await pane.openTableFile("bang-diem.json", "{ không phải JSON");
    expect(pane.state().failure).toBeUndefined();
    expect(pane.state().table).toBeUndefined();
    expect(pane.state().tableProblems).toEqual([
      expect.objectContaining({ vi: expect.stringMatching(/^không phải JSON hợp lệ tại dòng 1, cột 3/) }),
    ]);
    await pane.openTableFile("bang-diem.json", '{"formatVersion": 1, "formatVersion": 1}');
    expect(pane.state().tableProblems[0]?.vi).toMatch(/formatVersion/);
  });

  it("switches to English and back without touching the workbook", async () => {
    const { pane, context, renders } = paneOverFake();
    pane.setLang("en");
    expect(renders.at(-1)?.lang).toBe("en");
    pane.setLang("vi");
    expect(pane.state().lang).toBe("vi");
    expect(context.syncCount).toBe(0);
  });

  it("lists the tables without core's rules, loads them when a table is chosen, and retries a failed load", async () => {
    const loads: string[] = [];
    let offline = true;
    const core = async (): Promise<PaneCore> => {
      loads.push(offline ? "failed" : "loaded");
      if (offline) throw Object.assign(new Error("Loading chunk core failed."), { name: "ChunkLoadError" });
      return paneCore;
    };
    const { pane } = paneOverFake({ core });
    await pane.start();
    expect(pane.state().tables.map((t) => t.id)).toEqual([TABLE]);
    expect(loads).toEqual([]);
    await pane.chooseTable(TABLE);
    expect(pane.state().failure).toMatchObject({ retryable: true });
    expect(pane.state().failure?.message.vi).toMatch(/^Không tải được phần kiểm tra và chấm điểm/);
    expect(pane.state().table).toBeUndefined();
    offline = false;
    await pane.retry();
    expect(loads).toEqual(["failed", "loaded", "loaded"]);
    expect(pane.state().failure).toBeUndefined();
    expect(pane.state().table?.compiled.template.members).toHaveLength(8);
  });
});
