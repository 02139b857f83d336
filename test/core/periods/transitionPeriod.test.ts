import type { Period } from "../../../core/periods";
import {
  checkPeriodEtag,
  checkReturnTable,
  decideReturnWrite,
  memberStatus,
  periodAccepts,
  periodMoves,
  transitionPeriod,
} from "../../../core/periods";

const fp = `sha256:${"a".repeat(64)}`;
const period: Period = {
  periodId: "p1",
  blocId: "b1",
  year: 2022,
  kind: "year-end",
  templateId: "t1",
  templateVersion: "2022.1",
  fingerprint: fp,
  deadline: "2022-11-30T17:00:00.000Z",
  state: "open",
  version: 1,
  revision: 1,
  createdAt: "2022-10-01T00:00:00.000Z",
  reopenings: [],
};
const ctx = { at: "2022-12-20T00:00:00.000Z", by: "key:l" };

function move(p: Period, m: Parameters<typeof transitionPeriod>[1], reason?: string): Period {
  const d = transitionPeriod(p, m, reason === undefined ? ctx : { ...ctx, reason });
  if (!d.ok) throw new Error(d.problem.message.en);
  return d.value;
}

describe("transitionPeriod", () => {
  it("When a period runs its year, then it goes open → closed → reviewing → finalized, one revision per move", () => {
    const finalized = move(move(move(period, "close"), "start-review"), "finalize");
    expect(finalized).toMatchObject({ state: "finalized", revision: 4, version: 1 });
  });

  it("When a move does not start from its state, then it is a conflict naming the state", () => {
    const d = transitionPeriod(period, "finalize", ctx);
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.problem.error).toBe("conflict");
      expect(d.problem.message.en).toContain("is open");
    }
  });

  it("When a finalized period reopens, then a reason is required and it starts version 2 in review", () => {
    const finalized = move(move(move(period, "close"), "start-review"), "finalize");
    const without = transitionPeriod(finalized, "reopen", { ...ctx, reason: "  " });
    expect(!without.ok && without.problem.error).toBe("validation");
    const reopened = move(finalized, "reopen", "Sai sót điểm mục II.3");
    expect(reopened).toMatchObject({ state: "reviewing", version: 2 });
    expect(reopened.reopenings).toEqual([
      { version: 2, reason: "Sai sót điểm mục II.3", by: "key:l", at: ctx.at },
    ]);
  });
});

describe("periodMoves", () => {
  it("When the leader asks what to do next, then only the move the state machine allows is offered", () => {
    const moves = ["close", "start-review", "finalize"] as const;
    expect(periodMoves(period, moves)).toEqual(["close"]);
    expect(periodMoves({ ...period, state: "closed" }, moves)).toEqual(["start-review"]);
    expect(periodMoves({ ...period, state: "reviewing" }, moves)).toEqual(["finalize"]);
    expect(periodMoves({ ...period, state: "finalized" }, moves)).toEqual([]);
  });
});

describe("periodAccepts", () => {
  it("When the period is closed, then returns are refused and reviews accepted", () => {
    const closed = move(period, "close");
    expect(periodAccepts(period, "return").ok).toBe(true);
    expect(periodAccepts(closed, "return").ok).toBe(false);
    expect(periodAccepts(closed, "review").ok).toBe(true);
    const finalized = move(move(closed, "start-review"), "finalize");
    expect(periodAccepts(finalized, "votes").ok).toBe(false);
  });
});

describe("decideReturnWrite", () => {
  const receipt = { version: 1 };
  it("When the same key comes with the same body, then the first receipt is replayed", () => {
    const d = decideReturnWrite({
      bodyHash: "h",
      prior: { bodyHash: "h", receipt },
      currentVersion: 1,
      ifMatch: null,
    });
    expect(d).toEqual({ ok: true, value: { kind: "replay", receipt } });
  });
  it("When the same key comes with another body, then it is a conflict", () => {
    const d = decideReturnWrite({
      bodyHash: "x",
      prior: { bodyHash: "h", receipt },
      currentVersion: 1,
      ifMatch: null,
    });
    expect(!d.ok && d.problem.error).toBe("conflict");
  });
  it("When If-Match names an older version, then it is a failed precondition; the current one stores the next", () => {
    const stale = decideReturnWrite({ bodyHash: "x", prior: null, currentVersion: 2, ifMatch: '"1"' });
    expect(!stale.ok && stale.problem.error).toBe("precondition-failed");
    const fresh = decideReturnWrite({ bodyHash: "x", prior: null, currentVersion: 2, ifMatch: '"2"' });
    expect(fresh).toEqual({ ok: true, value: { kind: "store", version: 3 } });
    expect(decideReturnWrite({ bodyHash: "x", prior: null, currentVersion: null, ifMatch: null })).toEqual({
      ok: true,
      value: { kind: "store", version: 1 },
    });
  });
});

describe("checkReturnTable and checkPeriodEtag", () => {
  it("When a return carries another fingerprint, then it is unprocessable and names the version to use", () => {
    const d = checkReturnTable(period, { template: { id: "t1", fingerprint: `sha256:${"b".repeat(64)}` } });
    expect(!d.ok && d.problem.error).toBe("unprocessable");
    if (!d.ok) expect(d.problem.message.en).toContain("version 2022.1");
    expect(checkReturnTable(period, { template: { id: "t1", fingerprint: fp } }).ok).toBe(true);
  });
  it("When If-Match is an old revision, then it fails; absent or current passes", () => {
    expect(checkPeriodEtag(period, null).ok).toBe(true);
    expect(checkPeriodEtag(period, '"r1"').ok).toBe(true);
    expect(checkPeriodEtag({ ...period, revision: 2 }, '"r1"').ok).toBe(false);
  });
});

describe("memberStatus", () => {
  it("When one unit sent in time, one late and one nothing, then each is named so, by server time", () => {
    const members = [
      { id: "u1", name: "A" },
      { id: "u2", name: "B" },
      { id: "u3", name: "C" },
    ];
    const status = memberStatus(
      members,
      [
        {
          unitId: "u1",
          version: 2,
          receivedAt: "2022-12-01T00:00:00.000Z",
          firstReceivedAt: "2022-11-20T00:00:00.000Z",
        },
        {
          unitId: "u2",
          version: 1,
          receivedAt: "2022-12-01T00:00:00.000Z",
          firstReceivedAt: "2022-12-01T00:00:00.000Z",
        },
      ],
      period.deadline,
    );
    expect(status.map((s) => [s.unitId, s.status, s.version])).toEqual([
      ["u1", "submitted", 2],
      ["u2", "late", 1],
      ["u3", "missing", null],
    ]);
  });
});
