/// <reference types="office-js" />
import type { RankingResponse } from "../../../core/api";
import { apiProblem } from "../../../core/api";
import { fromFixed } from "../../../core/decimal/fixed";
import { msg } from "../../../core/i18n";
import { CONSOLIDATION_SHEET, CONS_COL, cellRef } from "../../../core/sheets";
import { RANKED_SHEET } from "../../../core/sheets/rankedTablePlan";
import { officeLeaderWorkbook } from "../../../src-taskpane/excel/leaderWorkbook";
import type { Me } from "../../../src-taskpane/api/thiduaApi";
import { createLeader } from "../../../src-taskpane/ui/connected/createLeader";
import * as paneCore from "../../../src-taskpane/ui/paneCore";
import { FakeContext } from "../../helpers/fakeExcel";
import { COMPILED, FakeLeaderApi, LEADER_PERIOD } from "./fakeLeaderApi";

const LEADER: Me = {
  actor: "key:l",
  role: "leader",
  blocId: "ha-giang-khoi-noi-chinh",
  unitId: "vksnd-tinh",
  periodId: LEADER_PERIOD,
  year: null,
};

/** The leader's flows over the fake back end and the in-memory workbook (the real Office.js adapter on the fake). */
function leaderOver(api = new FakeLeaderApi(), options: { me?: Me; excel?: boolean } = {}) {
  const context = new FakeContext();
  const refreshed: string[] = [];
  const minutes: RankingResponse[] = [];
  const leader = createLeader({
    session: () => ({ api, me: options.me ?? LEADER, period: api.current }),
    refreshConnected: async () => void refreshed.push(api.current.state),
    workbook:
      options.excel === false
        ? undefined
        : officeLeaderWorkbook(
            (batch) => batch(context.asExcel()),
            async () => paneCore,
          ),
    core: async () => paneCore,
    documents: {
      insertHistory: async () => undefined,
      insertMinutes: async (result) => void minutes.push(result),
    },
    now: () => new Date(2022, 11, 20, 9, 0),
    render: () => undefined,
  });
  return { api, leader, context, refreshed, minutes };
}

/** The consolidation sheet's row of one unit's criterion (column J holds the unit id, C the code). */
function consolidationRow(context: FakeContext, unitId: string, code: string): number {
  const ws = context.workbook.worksheets.get(CONSOLIDATION_SHEET)!;
  for (let row = 5; row < 2000; row++) {
    if (
      ws.at(cellRef(row, CONS_COL.unitId))?.value === unitId &&
      ws.at(cellRef(row, CONS_COL.code))?.value === code
    )
      return row;
  }
  throw new Error(`no row for ${unitId} ${code}`);
}

const CODE = COMPILED.scorable[0]!.code;
const MAX = fromFixed(COMPILED.scorable[0]!.max);

describe("the leader's connected flows (fake back end, in-memory workbook)", () => {
  it("When the leader consolidates, then the server's returns become the consolidation sheet in 2 syncs, with the server's totals", async () => {
    const { api, leader, context } = leaderOver();
    await leader.consolidate();
    expect(leader.state().failure).toBeUndefined();
    expect(context.syncCount).toBe(2);
    expect(context.workbook.worksheets.items.map((s) => s.name)).toEqual([CONSOLIDATION_SHEET, "_thidua"]);
    expect(leader.state().notice?.vi).toMatch(/^Đã chèn trang "Tổng hợp": 8\/8 đơn vị đã nộp\./);
    // The unit's heading row carries the total the server computed, never one the pane added up.
    const { result } = await api.ranking(LEADER_PERIOD);
    const ws = context.workbook.worksheets.get(CONSOLIDATION_SHEET)!;
    const first = result.units[0]!;
    expect(ws.at(cellRef(5, CONS_COL.unit))?.value).toBe(first.name);
    expect(ws.at(cellRef(5, CONS_COL.final))?.value).toBe(first.total);
    expect(api.calls).toEqual(
      expect.arrayContaining([`GET ${LEADER_PERIOD}/returns`, `POST ${LEADER_PERIOD}/ranking`]),
    );
  });

  it("When the leader types a reviewed score with its reason and saves, then one review is posted (sheet read in 1 sync) and saving again posts nothing", async () => {
    const { api, leader, context } = leaderOver();
    api.current = { ...api.current, state: "closed", revision: 2 };
    await leader.consolidate();
    const row = consolidationRow(context, "so-tu-phap", CODE);
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reviewed), "0");
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reason), "Thiếu minh chứng");
    context.resetCounters();
    await leader.saveReviews();
    expect(leader.state().failure).toBeUndefined();
    expect(context.syncCount).toBe(1);
    expect(api.bodies).toEqual([
      { unitId: "so-tu-phap", code: CODE, stage: "review", points: 0, reason: "Thiếu minh chứng" },
    ]);
    expect(leader.state().notice?.vi).toBe("Đã lưu 1 điều chỉnh thẩm định (0 dòng không đổi).");
    await leader.saveReviews();
    expect(api.bodies).toHaveLength(1);
    expect(leader.state().notice?.vi).toBe("Đã lưu 0 điều chỉnh thẩm định (1 dòng không đổi).");
  });

  it("When a reviewed score has no reason, then that row is listed with its cell and the others are still saved", async () => {
    const { api, leader, context } = leaderOver();
    api.current = { ...api.current, state: "closed", revision: 2 };
    await leader.consolidate();
    const a = consolidationRow(context, "so-tu-phap", CODE);
    const b = consolidationRow(context, "cong-an-tinh", CODE);
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(a, CONS_COL.reviewed), "0");
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(a, CONS_COL.reason), "Không đạt chỉ tiêu");
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(b, CONS_COL.reviewed), "0");
    await leader.saveReviews();
    expect(api.bodies).toHaveLength(1);
    expect(leader.state().reviewProblems).toEqual([
      expect.objectContaining({ cell: cellRef(b, CONS_COL.reviewed), code: CODE }),
    ]);
    expect(leader.state().reviewProblems[0]?.message.vi).toMatch(/Công an tỉnh.*thiếu lý do thẩm định/);
    expect(leader.state().notice?.vi).toMatch(/1 dòng chưa lưu được, xem bên dưới/);
  });

  it("When the period still accepts returns, then the server's 409 is shown naming the row and the period's state", async () => {
    const { leader, context } = leaderOver();
    await leader.consolidate();
    const row = consolidationRow(context, "so-tu-phap", CODE);
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reviewed), String(MAX));
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reason), "Đủ minh chứng");
    await leader.saveReviews();
    expect(leader.state().failure?.message.vi).toMatch(
      new RegExp(
        `^Dòng Sở Tư pháp, tiêu chí ${CODE.replace(".", "\\.")} không lưu được \\(đã lưu 0 dòng trước đó\\): .*đang nhận bản tự chấm`,
      ),
    );
  });

  it("When the server refuses a review with 422 naming the field, then the words say which row and which field", async () => {
    const { api, leader, context } = leaderOver();
    api.current = { ...api.current, state: "closed", revision: 2 };
    await leader.consolidate();
    const row = consolidationRow(context, "so-tu-phap", CODE);
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reviewed), "0");
    await context.typeInto(CONSOLIDATION_SHEET, cellRef(row, CONS_COL.reason), "Thiếu minh chứng");
    api.refuseNextReview = apiProblem(
      "unprocessable",
      msg("Bảng điểm không có tiêu chí này.", "No such criterion."),
      [{ path: "code", message: msg("không có trong bảng điểm", "not in the table") }],
    );
    await leader.saveReviews();
    expect(leader.state().failure?.message.vi).toMatch(
      /^Dòng Sở Tư pháp, tiêu chí .* Bảng điểm không có tiêu chí này\..*code.*không có trong bảng điểm/s,
    );
  });

  it("When the leader closes submissions and starts the meeting, then each move sends the period's ETag and the board is read again", async () => {
    const { api, leader, refreshed } = leaderOver();
    await leader.move("close");
    await leader.move("start-review");
    expect(api.calls).toEqual([
      `POST ${LEADER_PERIOD}/transition close "r1"`,
      `POST ${LEADER_PERIOD}/transition start-review "r2"`,
    ]);
    expect(refreshed).toEqual(["closed", "reviewing"]);
    expect(leader.state().notice?.vi).toMatch(/^Đã chuyển sang họp xét/);
  });

  it("When someone else moved the period first, then the 412 says it changed and to reload", async () => {
    const { api, leader } = leaderOver();
    const stale = api.current;
    await api.transition(LEADER_PERIOD, "close", '"r1"');
    const again = createLeader({
      session: () => ({ api, me: LEADER, period: stale }),
      refreshConnected: async () => undefined,
      workbook: undefined,
      core: async () => paneCore,
      now: () => new Date(),
      render: () => undefined,
    });
    await again.move("start-review");
    expect(again.state().failure?.message.vi).toMatch(/đã thay đổi.*tải lại/);
    expect(leader.state().failure).toBeUndefined();
  });

  it("When the leader ranks, then the ranked sheet (with its chart) is inserted and the pending ballot is offered; rewriting it redraws the chart in 3 syncs", async () => {
    const { leader, context } = leaderOver();
    await leader.rank();
    expect(context.syncCount).toBe(2);
    expect(context.workbook.worksheets.get(RANKED_SHEET)?.charts.items).toHaveLength(1);
    const ranking = leader.state().ranking!;
    expect(ranking.inserted).toBe(true);
    // The sample policy confirms the provincial flag by a vote and none was counted yet.
    const ballot = ranking.pending.ballots.find((b) => b.award === "co-ubnd-tinh");
    expect(ballot?.candidates.length).toBeGreaterThan(0);
    const texts = [...context.workbook.worksheets.get(RANKED_SHEET)!.cells.values()].map((c) =>
      String(c.value),
    );
    expect(texts).toContain("Độ ổn định của kết quả:");
    context.resetCounters();
    await leader.rank();
    expect(context.syncCount).toBe(3);
    expect(context.workbook.worksheets.get(RANKED_SHEET)?.charts.items).toHaveLength(1);
  });

  it("When the meeting's tallies are saved, then the votes file carries this ballot with the period's members and the reasoned tie decision, and the ballot is no longer pending", async () => {
    const { api, leader } = leaderOver();
    api.current = { ...api.current, state: "reviewing", revision: 3 };
    await leader.rank();
    const ballot = leader.state().ranking!.pending.ballots.find((b) => b.award === "co-ubnd-tinh")!;
    const tallies = Object.fromEntries(ballot.candidates.map((u) => [u, 8]));
    await leader.saveVotes(
      [{ award: "co-ubnd-tinh", membersPresent: 8, ballotsCast: 8, ballotsValid: 8, tallies }],
      [
        { order: ["tand-tinh", "so-tu-phap"], reason: "  Hội nghị biểu quyết 6/8  " },
        { order: ["cong-an-tinh", "bo-chqs-tinh"], reason: " " },
      ],
    );
    expect(leader.state().failure).toBeUndefined();
    const body = api.bodies.at(-1) as {
      ballots: { award: string; membersTotal: number }[];
      tieDecisions: { order: string[]; reason: string }[];
    };
    expect(body.ballots.map((b) => [b.award, b.membersTotal])).toEqual([["co-ubnd-tinh", 8]]);
    expect(body.tieDecisions).toEqual([
      {
        order: ["tand-tinh", "so-tu-phap"],
        reason: "Hội nghị biểu quyết 6/8",
        decidedAt: expect.any(String),
      },
    ]);
    expect(leader.state().ranking?.pending.ballots.map((b) => b.award)).not.toContain("co-ubnd-tinh");
    expect(leader.state().notice?.vi).toBe("Đã lưu kết quả bỏ phiếu; máy chủ đã xếp hạng lại.");
  });

  it("When tallies break the count rules, then the refusal is shown and nothing is stored", async () => {
    const { api, leader } = leaderOver();
    api.current = { ...api.current, state: "reviewing", revision: 3 };
    await leader.rank();
    await leader.saveVotes(
      [{ award: "co-ubnd-tinh", membersPresent: 8, ballotsCast: 9, ballotsValid: 9, tallies: {} }],
      [],
    );
    expect(leader.state().failure).toBeDefined();
    expect(api.stored.filter((i) => i.kind === "votes")).toEqual([]);
  });

  it("When the leader asks what-if for the second unit, then the pane says 'nếu … thì hạng 1' from the same inputs", async () => {
    const { leader } = leaderOver();
    await leader.rank();
    const second = leader.state().ranking!.response.result.units.find((u) => u.rank === 2)!;
    await leader.whatIf(second.unitId);
    const lines = leader.state().whatIf?.lines ?? [];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line.vi).toMatch(/^Nếu .+ được .+ điểm thay vì .+ thì hạng 1, trên .+\.$/);
  });

  it("When the server's ranking counts an input the pane did not read, then what-if refuses rather than mislead", async () => {
    const { api, leader } = leaderOver();
    api.unlisted = {
      kind: "review",
      id: "late",
      actor: "key:d",
      value: {
        unitId: "so-tu-phap",
        code: CODE,
        stage: "review",
        points: 0,
        reason: "Phó khối vừa thẩm định",
        reviewer: "tand-tinh",
        at: "2022-12-10T02:00:00+07:00",
      },
    };
    await leader.rank();
    const second = leader.state().ranking!.response.result.units.find((u) => u.rank === 2)!;
    await leader.whatIf(second.unitId);
    expect(leader.state().failure?.message.vi).toMatch(/^Dữ liệu trên máy chủ vừa thay đổi/);
    expect(leader.state().failure?.retryable).toBe(true);
  });

  it("When the leader finalizes, then it asks first, naming what becomes read-only, then sends the ETag and shows the period as final", async () => {
    const { api, leader, refreshed } = leaderOver();
    api.current = { ...api.current, state: "reviewing", revision: 3 };
    leader.askFinalize();
    expect(leader.state().confirmFinalize).toBe(true);
    leader.cancelFinalize();
    expect(leader.state().confirmFinalize).toBe(false);
    expect(api.calls).toEqual([]);
    leader.askFinalize();
    await leader.finalize();
    expect(api.calls).toEqual([`POST ${LEADER_PERIOD}/finalize "r3"`, `POST ${LEADER_PERIOD}/ranking`]);
    expect(leader.state().finalized?.units).toHaveLength(8);
    expect(refreshed).toEqual(["finalized"]);
    expect(leader.state().notice?.vi).toMatch(/nay chỉ còn đọc\.$/);
  });

  it("When the minutes are asked before a ranking, then it says to rank first; after ranking they get the parsed result", async () => {
    const { leader, minutes } = leaderOver();
    expect(leader.hasDocuments()).toBe(true);
    await leader.insertMinutes();
    expect(leader.state().failure?.message.vi).toBe('Bấm "Xếp hạng" trước.');
    await leader.rank();
    await leader.insertMinutes();
    expect(minutes.map((m) => m.result.inputHash)).toEqual([
      leader.state().ranking?.response.result.inputHash,
    ]);
  });

  it("When a member's key is signed in, then the leader's actions refuse in words and call nothing", async () => {
    const { api, leader } = leaderOver(undefined, { me: { ...LEADER, role: "member" } });
    expect(leader.isLeader()).toBe(false);
    await leader.rank();
    expect(leader.state().failure?.message.vi).toMatch(/^Chỉ Khối trưởng hoặc Khối phó/);
    expect(api.calls).toEqual([]);
  });

  it("When the pane runs outside Excel, then consolidating says to open Excel, and ranking still shows the server's result", async () => {
    const { leader } = leaderOver(undefined, { excel: false });
    await leader.consolidate();
    expect(leader.state().failure?.message.vi).toMatch(/^Cần mở Thi Đua trong Excel/);
    await leader.rank();
    expect(leader.state().ranking?.inserted).toBe(false);
    expect(leader.state().ranking?.response.result.units).toHaveLength(8);
  });
});
