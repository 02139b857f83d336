import type { ApiRequest, ApiTransport } from "../../../src-taskpane/api/apiTransport";
import { ApiError } from "../../../src-taskpane/api/apiTransport";
import { connectedOver } from "./connectedHarness";
import { FakeApi, PERIOD_ID, UNIT } from "./fakeApi";

const OLDER = "older-2021";

/**
 * The fake back end with a board key (every bloc's periods, no period of its own) and a second, older period that
 * answers like the first under its own id.
 */
function withBoardAndTwoPeriods(api: FakeApi): ApiTransport {
  api.keys.set("tdk_board", { role: "board", unitId: null });
  return async (request) => {
    if (request.path === "me" && request.accessToken === "tdk_board") {
      await api.transport(request);
      const board = { actor: "key:b", role: "board", blocId: null, unitId: null, periodId: null, year: null };
      return { status: 200, etag: undefined, body: board };
    }
    if (!request.path.startsWith(`periods/${OLDER}`)) return api.transport(request);
    const response = await api.transport({ ...request, path: request.path.replace(OLDER, PERIOD_ID) });
    const body = response.body as { period?: object; periodId?: string };
    const renamed = body.period
      ? { ...body, period: { ...body.period, periodId: OLDER, year: 2021 } }
      : { ...body, periodId: OLDER };
    return { ...response, body: renamed };
  };
}

describe("the period picker", () => {
  it("When a key can read several periods, then they are listed latest first, one opens, and a choice is remembered", async () => {
    const api = new FakeApi();
    const transport = withBoardAndTwoPeriods(api);
    const first = connectedOver(transport);
    await first.connected.signIn("tdk_board");
    expect(first.connected.state().failure).toBeUndefined();
    expect(first.connected.state().periods.map((p) => p.periodId)).toEqual([PERIOD_ID, OLDER]);
    expect(first.connected.state().period?.periodId).toBe(PERIOD_ID);

    await first.connected.choosePeriod(OLDER);
    expect(first.connected.state().period).toMatchObject({ periodId: OLDER, year: 2021 });
    expect(first.connected.state().board?.periodId).toBe(OLDER);
    expect(JSON.parse(first.store.map.get("thidua.session") ?? "{}")).toEqual({
      key: "tdk_board",
      periodId: OLDER,
    });

    const again = connectedOver(transport, { store: first.store });
    await again.connected.start();
    expect(again.connected.state().period?.periodId).toBe(OLDER);
  });

  it("When a year key reads only one period of its year, then there is nothing to pick", async () => {
    const { connected } = connectedOver(new FakeApi().transport);
    await connected.signIn("tdk_unit");
    // The fake lists 2021 and 2022; the unit's key is for 2022.
    expect(connected.state().periods.map((p) => p.periodId)).toEqual([PERIOD_ID]);
  });

  it("When the choice names a period the sign-in cannot read, then nothing is opened", async () => {
    const api = new FakeApi();
    const { connected } = connectedOver(withBoardAndTwoPeriods(api));
    await connected.signIn("tdk_board");
    const calls = api.calls.length;
    await connected.choosePeriod("another-bloc-2022");
    expect(connected.state().period?.periodId).toBe(PERIOD_ID);
    expect(api.calls.length).toBe(calls);
  });
});

/** The two roles a Microsoft account of the test has: member of thanh-tra-tinh and the bloc's leader (vksnd-tinh). */
const CHOICES = [
  { blocId: "ha-giang-khoi-noi-chinh", role: "member", unitId: UNIT },
  { blocId: "ha-giang-khoi-noi-chinh", role: "leader", unitId: "vksnd-tinh" },
];

/**
 * The fake back end behind Entra ID as the real one answers: a bearer token "tok-fresh" is valid, "tok-stale" is
 * refused with 401; an account with two roles gets the 403 listing them until X-ThiDua-* headers choose one.
 */
function entraBackEnd(api: FakeApi) {
  const seen: ApiRequest[] = [];
  const transport: ApiTransport = async (request) => {
    seen.push(request);
    if (request.accessToken === "tok-stale") throw new ApiError(401, undefined);
    if (request.accessToken !== "tok-fresh") throw new ApiError(401, undefined);
    const chosen = CHOICES.find(
      (c) => c.role === request.principalChoice?.role && c.unitId === request.principalChoice?.unitId,
    );
    if (!chosen) {
      const details = CHOICES.map((c, i) => {
        const words = `X-ThiDua-Bloc: ${c.blocId}, X-ThiDua-Role: ${c.role}, X-ThiDua-Unit: ${c.unitId}`;
        return { path: `choices[${i}]`, message: { vi: words, en: words } };
      });
      throw new ApiError(403, { error: "forbidden", message: { vi: "Chọn vai trò", en: "Choose" }, details });
    }
    // Past the sign-in the fake's own keys stand for the chosen role.
    return api.transport({ ...request, accessToken: chosen.role === "member" ? "tdk_unit" : "tdk_leader" });
  };
  return { transport, seen };
}

describe("signing in with a Microsoft account (Entra ID through an injected token provider)", () => {
  it("When the build has no Entra settings, then the Microsoft sign-in is not offered and does nothing", async () => {
    const api = new FakeApi();
    const { connected } = connectedOver(api.transport);
    expect(connected.canUseMicrosoft()).toBe(false);
    await connected.signInWithMicrosoft();
    expect(api.calls).toEqual([]);
  });

  it("When the account has several roles, then they are offered; the choice signs in, is sent as X-ThiDua-* and remembered", async () => {
    const api = new FakeApi();
    const backEnd = entraBackEnd(api);
    const tokens = jest.fn(async () => "tok-fresh");
    const first = connectedOver(backEnd.transport, { entra: tokens });
    expect(first.connected.canUseMicrosoft()).toBe(true);
    await first.pane.start();
    await first.connected.signInWithMicrosoft();
    expect(first.connected.state().me).toBeUndefined();
    expect(first.connected.state().failure).toBeUndefined();
    expect(first.connected.state().roleChoices.map((c) => c.choice)).toEqual(CHOICES);
    expect(first.connected.state().notice?.vi).toMatch(/nhiều vai trò/);

    await first.connected.chooseRole(CHOICES[0]!);
    expect(first.connected.state().failure).toBeUndefined();
    expect(first.connected.state().me).toMatchObject({ role: "member", unitId: UNIT });
    expect(first.connected.state().roleChoices).toEqual([]);
    expect(first.pane.state().unitId).toBe(UNIT);
    expect(backEnd.seen.at(-1)).toMatchObject({ accessToken: "tok-fresh", principalChoice: CHOICES[0] });
    // No token or key in the add-in's storage: MSAL keeps the account; the choice and period are remembered.
    expect(JSON.parse(first.store.map.get("thidua.session") ?? "{}")).toEqual({
      entra: true,
      choice: CHOICES[0],
      periodId: PERIOD_ID,
    });

    const again = connectedOver(backEnd.transport, { store: first.store, entra: tokens });
    await again.connected.start();
    expect(again.connected.state().me).toMatchObject({ role: "member", unitId: UNIT });
    expect(again.connected.state().roleChoices).toEqual([]);

    await again.connected.signOut();
    expect(again.connected.state().notice?.vi).toBe(
      "Đã đăng xuất khỏi Thi Đua; tài khoản Microsoft vẫn đăng nhập trong Office.",
    );
    expect(first.store.map.has("thidua.session")).toBe(false);
  });

  it("When the token is refused (401), then a fresh one is asked for once and the request sent again", async () => {
    const api = new FakeApi();
    const backEnd = entraBackEnd(api);
    const tokens = jest.fn(async ({ fresh }: { fresh: boolean }) => (fresh ? "tok-fresh" : "tok-stale"));
    const { connected } = connectedOver(backEnd.transport, { entra: tokens });
    await connected.signInWithMicrosoft();
    await connected.chooseRole(CHOICES[1]!);
    expect(connected.state().failure).toBeUndefined();
    expect(connected.state().me).toMatchObject({ role: "leader", unitId: "vksnd-tinh" });
    expect(connected.state().board?.members.length).toBeGreaterThan(0);
    const me = backEnd.seen.filter((r) => r.path === "me").map((r) => r.accessToken);
    expect(me.slice(-2)).toEqual(["tok-stale", "tok-fresh"]);
  });

  it("When even the fresh token is refused, then the user is told to sign in again (no loop)", async () => {
    const api = new FakeApi();
    const backEnd = entraBackEnd(api);
    const tokens = jest.fn(async (_options: { fresh: boolean }) => "tok-stale");
    const { connected } = connectedOver(backEnd.transport, { entra: tokens });
    await connected.signInWithMicrosoft();
    expect(tokens.mock.calls.map(([o]) => o.fresh)).toEqual([false, true]);
    expect(backEnd.seen).toHaveLength(2);
    expect(connected.state().me).toBeUndefined();
    expect(connected.state().failure?.message.vi).toMatch(/đăng nhập/i);
  });
});
