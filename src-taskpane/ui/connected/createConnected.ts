import type { ReturnReceipt } from "../../../core/api";
import type { Localized } from "../../../core/i18n";
import { msg } from "../../../core/i18n";
import type { UnitReturn } from "../../../core/returns";
import type { ApiTransport } from "../../api/apiTransport";
import { NetworkError, RequestTimeoutError } from "../../api/apiErrors";
import { ApiError } from "../../api/apiTransport";
import type { Me, ThiduaApi } from "../../api/thiduaApi";
import type { Timers } from "../../excel/withWatchdog";
import { PaneMessageError } from "../paneMessageError";
import { formatDateTime } from "../formatDateTime";
import type { ConnectedState } from "./connectedState";
import { initialConnectedState } from "./connectedState";
import type { KeyValueStore } from "./keyValueStore";
import { returnStatus } from "../../../core/periods";
import type { PendingSubmit } from "./submitQueue";
import { submitQueue } from "./submitQueue";
import { userActions } from "../userActions";
import type { PrincipalChoice } from "../../api/apiTransport";
import type { TokenProvider } from "../../api/bearerTransport";
import type { Credential } from "./session";
import { apiFor, forgetSession, readSession, rememberSession } from "./session";
import type { SubmissionRecord } from "../../../core/sheets";
import { defaultPeriod, readablePeriods } from "./periodChoice";
import { roleChoicesOf } from "./roleChoices";
import { recordOf, sheetChangedSince } from "./sheetRecord";

/** What the connected flows need of the offline pane: use the period's table, read the sheet. */
export type PaneLink = {
  useServerTable(source: Localized, template: unknown, unitId: string | undefined): Promise<boolean>;
  /** Reads and checks the sheet (the pane shows its problems); undefined when it cannot be read. */
  readSheet(): Promise<{ ret: UnitReturn; errors: number } | undefined>;
  ownPoints(code: string): number | undefined;
  /** Errors of the last check (missing entries excluded); undefined when the sheet could not be read. */
  sheetErrors(): number | undefined;
  /** The unit whose return the sheet holds (after the last check that could read it). */
  sheetUnitId(): string | undefined;
  /** The return the last check read (compared with what was sent). */
  sheetReturn(): UnitReturn | undefined;
  /** Keeps the receipt in the workbook; reads it back after a reload. */
  recordSubmission(record: SubmissionRecord): Promise<void>;
  readSubmission(): Promise<SubmissionRecord | undefined>;
};

export type ConnectedDeps = {
  transport: ApiTransport;
  store: KeyValueStore;
  pane: PaneLink;
  timers: Timers;
  now: () => Date;
  /** A fresh Idempotency-Key (crypto.randomUUID in the pane). */
  newKey: () => string;
  render: (state: Readonly<ConnectedState>) => void;
  /** A request unanswered after this long counts as lost (a hung network): the submit stays queued. */
  requestTimeoutMs?: number;
  /** Microsoft Entra ID tokens (nested app authentication), when the build has the province's settings. */
  entra?: TokenProvider;
};

/** A key of a unit that writes its own return (member, leader or deputy), not the board or an observer. */
export function isUnitKey(me: Me | undefined): me is Me & { unitId: string } {
  return me !== undefined && me.unitId !== null && me.role !== "board" && me.role !== "observer";
}

/** A failure worth retrying with the same Idempotency-Key: no answer, a timeout, a server error, throttling. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500 || error.status === 408 || error.status === 429;
  return error instanceof RequestTimeoutError || error instanceof NetworkError;
}

/**
 * The connected flows of unit staff and the leader: sign in with an access key (remembered with the period),
 * submit through a persisted queue, show the receipt, the return's stage, the reviewers' adjustments and the
 * leader's status board. Rules are the server's and core's; this only orders the calls and keeps the state.
 */
export function createConnected(deps: ConnectedDeps) {
  const state: ConnectedState = initialConnectedState();
  const queue = submitQueue(deps.store);
  const timeoutMs = deps.requestTimeoutMs ?? 30_000;
  let api: ThiduaApi | undefined;
  let credential: Credential | undefined;
  const render = () => deps.render(state);
  const { attempt, retry } = userActions(state, render);

  const withTimeout = <T>(promise: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = deps.timers.set(() => reject(new RequestTimeoutError(timeoutMs)), timeoutMs);
      promise.then(
        (v) => (deps.timers.clear(timer), resolve(v)),
        (e: unknown) => (deps.timers.clear(timer), reject(e)),
      );
    });

  async function refresh(): Promise<void> {
    const { me } = state;
    if (!api || !me || !state.period) return;
    // The period's state moves on the server (closed, in review, finalized): read it again each time.
    const period = (await withTimeout(api.period(state.period.periodId))).period;
    state.period = period;
    state.readAt = deps.now();
    if (isUnitKey(me)) {
      const [stored, inputs] = await Promise.all([
        withTimeout(api.unitReturn(period.periodId, me.unitId)),
        withTimeout(api.inputs(period.periodId)),
      ]);
      state.returnStatus = returnStatus(period, stored, inputs, me.unitId, deps.pane.ownPoints);
      state.receipt ??= stored?.versions.at(-1);
    }
    if (me.role !== "member") state.board = await withTimeout(api.status(period.periodId));
  }

  /** Sends one queued submit; a transient failure leaves it queued (attempts counted), any answer removes it. */
  async function send(item: PendingSubmit): Promise<void> {
    if (!api) return;
    try {
      const receipt = await withTimeout(api.submit(item.periodId, item.body, item.idempotencyKey));
      await queue.remove(item.idempotencyKey);
      state.receipt = receipt;
      const at = formatDateTime(new Date(receipt.receivedAt));
      state.notice = msg(
        `Đã gửi lúc ${at}: phiên bản ${receipt.version}, mã ${receipt.returnHash.slice(0, 8)}.`,
        `Sent at ${at}: version ${receipt.version}, hash ${receipt.returnHash.slice(0, 8)}.`,
      );
      await recordOnSheet(receipt);
    } catch (error) {
      if (!isTransient(error)) await queue.remove(item.idempotencyKey);
      else await queue.put({ ...item, attempts: item.attempts + 1 });
      throw error;
    } finally {
      state.pending = await queue.list();
    }
  }

  /** Every pending submit of the signed-in unit, oldest first; stops at the first that still fails. */
  async function resume(): Promise<void> {
    const mine = (await queue.list()).filter(
      (p) => p.unitId === state.me?.unitId && p.periodId === state.period?.periodId,
    );
    for (const item of mine) await send(item);
  }

  /** Keeps the receipt in the workbook; a workbook that refuses it does not undo the submit, it is said so. */
  async function recordOnSheet(receipt: ReturnReceipt): Promise<void> {
    const record = recordOf(receipt, state.me?.actor ?? "");
    try {
      await deps.pane.recordSubmission(record);
      state.sheetRecord = record;
    } catch {
      state.sheetRecord = undefined;
      const sent = state.notice ?? msg("", "");
      state.notice = msg(
        `${sent.vi} Không ghi được biên nhận vào trang tính; biên nhận vẫn hiện ở đây và lưu trên máy chủ.`,
        `${sent.en} The receipt could not be written into the workbook; it is shown here and kept on the server.`,
      );
    }
  }

  /** The period to open: the sign-in's own, else the one remembered, else the latest it may read (a picker lists them). */
  async function choosePeriod(me: Me, remembered: string | undefined): Promise<string> {
    state.periods = me.periodId !== null ? [] : readablePeriods(me, await withTimeout(api!.periods()));
    const chosen = me.periodId ?? defaultPeriod(state.periods, remembered);
    if (chosen === undefined) {
      throw new PaneMessageError(
        msg(
          "Chưa có kỳ thi đua nào cho mã truy cập này. Hỏi Ban Thi đua – Khen thưởng đã mở kỳ chưa rồi đăng nhập lại.",
          "No period exists for this access key yet. Ask the emulation board whether the period is open, then sign in again.",
        ),
      );
    }
    return chosen;
  }

  /** Opens one period: its table for a unit, the workbook's receipt, what is pending, the status; remembers it. */
  async function openPeriod(me: Me, periodId: string): Promise<void> {
    const view = await withTimeout(api!.period(periodId));
    await rememberSession(deps.store, credential!, periodId);
    // What was read for another period (or before the role was chosen) no longer applies.
    Object.assign(state, { me, period: view.period, receipt: undefined, returnStatus: undefined });
    Object.assign(state, { board: undefined, roleChoices: [], sheetRecord: undefined });
    if (isUnitKey(me)) {
      await deps.pane.useServerTable(
        msg(`Kỳ ${view.period.periodId}`, `Period ${view.period.periodId}`),
        view.template,
        me.unitId,
      );
      await deps.pane.readSheet();
      // The recorded receipt only informs; a workbook that cannot be read now is reported by the sheet's own check.
      const record = await deps.pane.readSubmission().catch(() => undefined);
      if (record?.periodId === periodId && record.unitId === me.unitId) state.sheetRecord = record;
    }
    state.pending = await queue.list();
    await resume();
    await refresh();
  }

  async function signInWith(with_: Credential, remembered?: string): Promise<void> {
    api = apiFor(with_, deps.transport, deps.entra);
    credential = with_;
    const me = await withTimeout(api.me());
    await openPeriod(me, await choosePeriod(me, remembered));
  }

  /** Signs in with the Microsoft account; an account with several roles is offered the choice instead. */
  async function signInWithMicrosoft(choice?: PrincipalChoice, remembered?: string): Promise<void> {
    if (!deps.entra) return;
    try {
      await signInWith({ entra: true, ...(choice ? { choice } : {}) }, remembered);
    } catch (error) {
      const choices = roleChoicesOf(error);
      if (choices.length === 0) throw error;
      api = undefined;
      state.roleChoices = choices;
      state.notice = msg(
        "Tài khoản Microsoft này có nhiều vai trò: chọn vai trò để làm việc.",
        "This Microsoft account has several roles: choose the one to work as.",
      );
    }
  }

  return {
    state: (): Readonly<ConnectedState> => state,

    /** Signs in again with the remembered key (pane reload) and resumes what was queued. */
    start: () =>
      attempt(msg("Đang kết nối…", "Connecting…"), async () => {
        state.pending = await queue.list();
        const session = await readSession(deps.store);
        if (!session) return;
        const { credential: remembered, periodId } = session;
        if ("key" in remembered) await signInWith(remembered, periodId);
        else await signInWithMicrosoft(remembered.choice, periodId);
      }),

    signIn: (key: string) =>
      attempt(msg("Đang đăng nhập…", "Signing in…"), () => signInWith({ key: key.trim() })),

    /** Whether the build has the province's Microsoft Entra ID settings (the button shows only then). */
    canUseMicrosoft: (): boolean => deps.entra !== undefined,

    signInWithMicrosoft: () =>
      attempt(msg("Đang đăng nhập bằng tài khoản Microsoft…", "Signing in with Microsoft…"), () =>
        signInWithMicrosoft(),
      ),

    /** Works as one of the Microsoft account's roles (the X-ThiDua-* headers from now on). */
    chooseRole: (choice: PrincipalChoice) =>
      attempt(msg("Đang đăng nhập…", "Signing in…"), () => signInWithMicrosoft(choice)),

    /** Opens another period the sign-in may read (the picker); remembered for the next start. */
    choosePeriod: (periodId: string) =>
      attempt(msg("Đang mở kỳ…", "Opening the period…"), async () => {
        if (state.me && state.periods.some((p) => p.periodId === periodId))
          await openPeriod(state.me, periodId);
      }),

    /** The sheet holds something else than the receipt recorded in it (edited since it was sent). */
    sheetChanged: (): boolean => {
      const ret = deps.pane.sheetReturn();
      return (
        state.sheetRecord !== undefined && ret !== undefined && sheetChangedSince(state.sheetRecord, ret)
      );
    },

    /** Forgets the key; queued submits stay in storage and are sent after the unit signs in again. */
    async signOut(): Promise<void> {
      await forgetSession(deps.store);
      const withKey = credential === undefined || "key" in credential;
      api = undefined;
      credential = undefined;
      Object.assign(state, initialConnectedState(), { pending: await queue.list() });
      state.notice = withKey
        ? msg(
            "Đã đăng xuất; mã truy cập đã được xoá khỏi máy này.",
            "Signed out; the access key was removed from this computer.",
          )
        : msg(
            "Đã đăng xuất khỏi Thi Đua; tài khoản Microsoft vẫn đăng nhập trong Office.",
            "Signed out of Thi Đua; the Microsoft account stays signed in to Office.",
          );
      render();
    },

    /** Submit is offered to a unit's key for a sheet the last check found without errors (missing entries score 0). */
    canSubmit: (): boolean =>
      isUnitKey(state.me) &&
      state.busy === undefined &&
      deps.pane.sheetUnitId() === state.me.unitId &&
      deps.pane.sheetErrors() === 0,

    submit: () =>
      attempt(msg("Đang gửi bản tự chấm…", "Sending the return…"), async () => {
        const { me, period } = state;
        if (!me?.unitId || !period) return;
        const read = await deps.pane.readSheet();
        if (!read || read.errors > 0) return;
        if (read.ret.unitId !== me.unitId) {
          throw new PaneMessageError(
            msg(
              `Trang chấm điểm đang là của đơn vị ${read.ret.unitId}, không phải ${me.unitId}: bấm "Chèn lại trang chấm điểm" cho đơn vị của bạn rồi nộp.`,
              `The sheet holds ${read.ret.unitId}'s return, not ${me.unitId}'s: insert the sheet again for your unit, then submit.`,
            ),
          );
        }
        // "Thử lại" or a second click on an unchanged sheet resends the pending submit with its own key; an
        // edited sheet is a new submission with a new key (the server would refuse a changed body under the old).
        const waiting = (await queue.list()).find(
          (p) => p.periodId === period.periodId && p.unitId === me.unitId,
        );
        if (waiting && JSON.stringify(waiting.body) === JSON.stringify(read.ret)) {
          await send(waiting);
          await refresh();
          return;
        }
        const item: PendingSubmit = {
          idempotencyKey: deps.newKey(),
          periodId: period.periodId,
          unitId: me.unitId,
          queuedAt: deps.now().toISOString(),
          attempts: 0,
          body: read.ret,
        };
        await queue.put(item);
        await send(item);
        await refresh();
      }),

    /** Sends the pending submits again (the same Idempotency-Key each). */
    resumePending: () =>
      attempt(msg("Đang gửi lại…", "Sending again…"), async () => {
        await resume();
        await refresh();
      }),

    explain: (code: string, text: string) =>
      attempt(msg("Đang gửi giải trình…", "Sending the explanation…"), async () => {
        const { me, period } = state;
        if (!api || !me?.unitId || !period || text.trim() === "") return;
        await withTimeout(api.explain(period.periodId, me.unitId, code, text.trim()));
        await refresh();
        state.notice = msg(`Đã gửi giải trình cho tiêu chí ${code}.`, `Explanation for ${code} sent.`);
      }),

    refresh: () => attempt(msg("Đang tải…", "Loading…"), refresh),

    /** The signed-in API, key and period: what the leader's flows (createLeader) run on. */
    session: () =>
      api && state.me && state.period ? { api, me: state.me, period: state.period } : undefined,

    retry,
  };
}
export type Connected = ReturnType<typeof createConnected>;
