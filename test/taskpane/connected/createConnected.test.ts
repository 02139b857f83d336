import { SCORING_SHEET } from "../../../core/sheets";
import { RequestTimeoutError } from "../../../src-taskpane/api/apiErrors";
import type { PeriodInput } from "../../../core/api";
import { createConnected } from "../../../src-taskpane/ui/connected/createConnected";
import { memoryStore } from "../../../src-taskpane/ui/connected/keyValueStore";
import { paneLink } from "../../../src-taskpane/ui/connected/paneLink";
import { ManualTimers, paneOverFake, settle } from "../ui/paneHarness";
import { FakeApi, PERIOD_ID, UNIT } from "./fakeApi";

/** A pane (real offline pane over the in-memory workbook) and its connected part over the fake back end. */
function connectedPane(api: FakeApi, store = memoryStore()) {
  const harness = paneOverFake();
  const timers = new ManualTimers();
  let n = 0;
  const connected = createConnected({
    transport: api.transport,
    store,
    pane: paneLink(harness.pane),
    timers,
    now: () => new Date("2022-11-20T00:00:00.000Z"),
    newKey: () => `idem-key-${++n}-${"x".repeat(8)}`,
    render: () => undefined,
  });
  return { ...harness, connected, store, connTimers: timers };
}

/** Signed in as the unit, the period's sheet inserted and one criterion filled validly. */
async function readyToSubmit(api: FakeApi, store = memoryStore()) {
  const h = connectedPane(api, store);
  await h.pane.start();
  await h.connected.signIn("tdk_unit");
  await h.pane.insertSheet();
  await h.context.typeInto(SCORING_SHEET, "F13", "Đạt");
  await h.pane.checkNow();
  return h;
}

describe("the connected flows of unit staff (fake API behind the transport seam, no network)", () => {
  it("signs in with an access key, uses the period's table for its unit and remembers both", async () => {
    const api = new FakeApi();
    const { pane, connected, store } = connectedPane(api);
    await pane.start();
    await connected.signIn("  tdk_unit ");
    expect(connected.state().failure).toBeUndefined();
    expect(connected.state().me).toMatchObject({ role: "member", unitId: UNIT });
    expect(pane.state().table?.compiled.template.id).toBe(PERIOD_ID);
    expect(pane.state().unitId).toBe(UNIT);
    expect(JSON.parse(store.map.get("thidua.session") ?? "{}")).toEqual({
      key: "tdk_unit",
      periodId: PERIOD_ID,
    });
    expect(connected.state().returnStatus?.stage).toBe("draft");
  });

  it("refuses a wrong key in words and remembers nothing", async () => {
    const api = new FakeApi();
    const { connected, store } = connectedPane(api);
    await connected.signIn("tdk_wrong");
    expect(connected.state().me).toBeUndefined();
    expect(connected.state().failure?.message.vi).toMatch(/mã truy cập không đúng/);
    expect(store.map.has("thidua.session")).toBe(false);
  });

  it("keeps Submit disabled while the sheet has an error and enables it once fixed", async () => {
    const api = new FakeApi();
    const h = connectedPane(api);
    await h.pane.start();
    await h.connected.signIn("tdk_unit");
    await h.pane.insertSheet();
    await h.context.typeInto(SCORING_SHEET, "F13", "999");
    await h.pane.checkNow();
    expect(h.connected.canSubmit()).toBe(false);
    await h.connected.submit();
    expect(api.puts()).toHaveLength(0);
    await h.context.typeInto(SCORING_SHEET, "F13", "Đạt");
    await h.pane.checkNow();
    expect(h.connected.canSubmit()).toBe(true);
  });

  it("submits what the sheet holds and shows the receipt: time, version and short hash", async () => {
    const api = new FakeApi();
    const { connected } = await readyToSubmit(api);
    await connected.submit();
    const put = api.puts()[0];
    expect(put?.path).toBe(`periods/${PERIOD_ID}/returns/${UNIT}`);
    expect((put?.body as { entries: Record<string, unknown> }).entries["II.3"]).toEqual({ passed: true });
    expect(connected.state().receipt).toMatchObject({ version: 1 });
    expect(connected.state().notice?.vi).toMatch(
      /^Đã gửi lúc \d\d\/11\/2022 \d\d:\d\d: phiên bản 1, mã c0ffee00\.$/,
    );
    expect(connected.state().pending).toEqual([]);
    expect(connected.state().returnStatus?.stage).toBe("submitted");
  });

  it("a submit that fails offline is queued, and after a reload is retried with the same Idempotency-Key", async () => {
    const api = new FakeApi();
    const store = memoryStore();
    const first = await readyToSubmit(api, store);
    api.mode = "offline";
    await first.connected.submit();
    expect(first.connected.state().failure?.message.vi).toMatch(/Không kết nối được máy chủ.*giữ lại/);
    expect(first.connected.state().pending).toHaveLength(1);
    const sentKey = api.puts()[0]?.idempotencyKey;
    expect(sentKey).toBeDefined();

    // The pane is reloaded: a new pane and connected part over the same add-in storage.
    api.mode = "up";
    const again = connectedPane(api, store);
    await again.pane.start();
    await again.connected.start();
    expect(again.connected.state().me?.unitId).toBe(UNIT);
    expect(api.puts().map((p) => p.idempotencyKey)).toEqual([sentKey, sentKey]);
    expect(api.stored.get(UNIT)).toHaveLength(1);
    expect(again.connected.state().pending).toEqual([]);
    expect(again.connected.state().receipt?.version).toBe(1);
    expect(store.map.has("thidua.pendingSubmits")).toBe(false);
  });

  it("a hung request becomes a retryable timeout; the retry sends the same key and is not applied twice", async () => {
    const api = new FakeApi();
    const { connected, connTimers } = await readyToSubmit(api);
    api.mode = "hang";
    const submitting = connected.submit();
    await settle();
    connTimers.flush();
    await submitting;
    expect(connected.state().failure?.retryable).toBe(true);
    expect(connected.state().pending[0]?.attempts).toBe(1);
    api.mode = "5xx";
    await connected.resumePending();
    expect(connected.state().failure?.message.vi).toMatch(/mã 503/);
    expect(connected.state().pending[0]?.attempts).toBe(2);
    api.mode = "up";
    await connected.retry();
    const keys = new Set(api.puts().map((p) => p.idempotencyKey));
    expect(keys.size).toBe(1);
    expect(api.stored.get(UNIT)).toHaveLength(1);
    expect(connected.state().pending).toEqual([]);
    expect(new RequestTimeoutError(30_000).ms).toBe(30_000);
  });

  it("'Thử lại' after a hung submit, or Submit again on the unchanged sheet, reuses the key; an edit gets a new one", async () => {
    const api = new FakeApi();
    const { connected, connTimers, context, pane } = await readyToSubmit(api);
    api.mode = "hang";
    const submitting = connected.submit();
    await settle();
    connTimers.flush();
    await submitting;
    api.mode = "offline";
    await connected.retry();
    await connected.submit();
    const [first, ...again] = api.puts().map((p) => p.idempotencyKey);
    expect(again).toEqual([first, first]);
    api.mode = "up";
    await context.typeInto(SCORING_SHEET, "F13", "Không đạt");
    await pane.checkNow();
    await connected.submit();
    const last = api.puts().at(-1);
    expect(last?.idempotencyKey).not.toBe(first);
    expect((last?.body as { entries: Record<string, unknown> }).entries["II.3"]).toEqual({ passed: false });
    expect(api.stored.get(UNIT)).toHaveLength(1);
    expect(connected.state().pending).toEqual([]);
  });

  it("a refusal retrying cannot change (409 closed period) leaves the queue and says what to do", async () => {
    const api = new FakeApi();
    const { connected } = await readyToSubmit(api);
    api.state = "closed";
    await connected.submit();
    expect(connected.state().failure).toMatchObject({ retryable: false });
    expect(connected.state().failure?.message.vi).toMatch(/khóa sổ/);
    expect(connected.state().pending).toEqual([]);
  });

  it("shows reviewers' adjustments beside the unit's own points and sends a Giải trình per criterion", async () => {
    const api = new FakeApi();
    const { connected } = await readyToSubmit(api);
    await connected.submit();
    api.state = "closed";
    const review: PeriodInput = {
      kind: "review",
      id: "r1",
      actor: "key:leader",
      value: {
        unitId: UNIT,
        code: "II.3",
        stage: "review",
        points: 1,
        reason: "Thiếu minh chứng",
        reviewer: "vksnd-tinh",
        at: "2022-12-05T00:00:00.000Z",
      },
    };
    api.inputs.push(review);
    await connected.refresh();
    const status = connected.state().returnStatus;
    expect(status?.stage).toBe("adjusted");
    expect(status?.adjustments).toEqual([
      expect.objectContaining({
        code: "II.3",
        points: 1,
        reason: "Thiếu minh chứng",
        explanation: undefined,
      }),
    ]);
    expect(status?.adjustments[0]?.own).toBeGreaterThan(1);
    await connected.explain("II.3", "Đã bổ sung báo cáo số 12");
    expect(connected.state().returnStatus?.adjustments[0]?.explanation).toBe("Đã bổ sung báo cáo số 12");
    expect(connected.state().notice?.vi).toBe("Đã gửi giải trình cho tiêu chí II.3.");
    api.state = "finalized";
    await connected.refresh();
    expect(connected.state().returnStatus?.stage).toBe("final");
  });

  it("signs out: the key leaves the add-in's storage and a reload stays signed out", async () => {
    const api = new FakeApi();
    const store = memoryStore();
    const { connected } = connectedPane(api, store);
    await connected.signIn("tdk_unit");
    await connected.signOut();
    expect(connected.state().me).toBeUndefined();
    expect(store.map.has("thidua.session")).toBe(false);
    const again = connectedPane(api, store);
    await again.connected.start();
    expect(again.connected.state().me).toBeUndefined();
  });
});

describe("a sheet of another unit", () => {
  it("is never sent under this key: Submit stays disabled and a forced submit says what to do", async () => {
    const api = new FakeApi();
    const h = await readyToSubmit(api);
    await h.connected.signOut();
    // The same workbook still holds thanh-tra-tinh's sheet; the leader unit (vksnd-tinh) signs in.
    await h.connected.signIn("tdk_leader");
    await h.pane.checkNow();
    expect(h.pane.state().score?.unitId).toBe(UNIT);
    expect(h.connected.canSubmit()).toBe(false);
    await h.connected.submit();
    expect(api.puts()).toHaveLength(0);
    expect(h.connected.state().failure?.message.vi).toMatch(
      /^Trang chấm điểm đang là của đơn vị thanh-tra-tinh, không phải vksnd-tinh: bấm "Chèn lại/,
    );
  });
});

describe("the leader's status board", () => {
  it("lists submitted and missing units with the deadline countdown", async () => {
    const api = new FakeApi();
    const unit = await readyToSubmit(api);
    await unit.connected.submit();
    const { connected } = connectedPane(api);
    await connected.signIn("tdk_leader");
    const board = connected.state().board;
    expect(board?.members.find((m) => m.unitId === UNIT)?.status).toBe("submitted");
    expect(board?.members.filter((m) => m.status === "missing")).toHaveLength(7);
    expect(connected.state().readAt?.toISOString()).toBe("2022-11-20T00:00:00.000Z");
  });
});
