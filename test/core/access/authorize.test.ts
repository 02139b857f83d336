import type { Principal } from "../../../core/access";
import { authorize, keyUnusable, throttleDecision } from "../../../core/access";

const member: Principal = {
  actor: "key:a",
  role: "member",
  blocId: "b1",
  unitId: "u1",
  periodId: null,
  year: 2022,
};
const leader: Principal = { ...member, actor: "key:l", role: "leader", unitId: "u2" };
const board: Principal = {
  actor: "key:x",
  role: "board",
  blocId: null,
  unitId: null,
  periodId: null,
  year: null,
};

describe("authorize", () => {
  it("When a member writes its own return, then it is allowed; another unit's is forbidden", () => {
    expect(authorize(member, "return.write", { blocId: "b1", year: 2022, unitId: "u1" }).ok).toBe(true);
    const other = authorize(member, "return.write", { blocId: "b1", year: 2022, unitId: "u3" });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problem.error).toBe("forbidden");
  });

  it("When a member finalizes, then it is forbidden; the year's leader may", () => {
    expect(authorize(member, "period.finalize", { blocId: "b1", year: 2022 }).ok).toBe(false);
    expect(authorize(leader, "period.finalize", { blocId: "b1", year: 2022 }).ok).toBe(true);
  });

  it("When last year's leader acts on this year, then its key does not cover it", () => {
    expect(authorize(leader, "review.write", { blocId: "b1", year: 2023 }).ok).toBe(false);
  });

  it("When a key of one bloc reaches another bloc, then it is forbidden", () => {
    expect(authorize(leader, "status.read", { blocId: "b2", year: 2022 }).ok).toBe(false);
  });

  it("When the leader reads any unit's return but writes another's, then reading is allowed and writing is not", () => {
    expect(authorize(leader, "return.read", { blocId: "b1", year: 2022, unitId: "u5" }).ok).toBe(true);
    expect(authorize(leader, "return.write", { blocId: "b1", year: 2022, unitId: "u5" }).ok).toBe(false);
  });

  it("When the board administers any bloc, then it may, but it never writes a return or a review", () => {
    expect(authorize(board, "admin", { blocId: "b9" }).ok).toBe(true);
    expect(authorize(board, "return.write", { blocId: "b9", unitId: "u1" }).ok).toBe(false);
    expect(authorize(board, "review.write", { blocId: "b9" }).ok).toBe(false);
  });

  it("When an observer reads history or asks to rank, then only reading is allowed", () => {
    const observer: Principal = { ...member, role: "observer", unitId: null };
    expect(authorize(observer, "history.read", { blocId: "b1" }).ok).toBe(true);
    expect(authorize(observer, "ranking.run", { blocId: "b1" }).ok).toBe(false);
  });

  it("When a key is limited to one period, then another period of the bloc is refused", () => {
    const scoped = { ...member, periodId: "p1", year: null };
    expect(authorize(scoped, "period.read", { blocId: "b1", periodId: "p1" }).ok).toBe(true);
    expect(authorize(scoped, "period.read", { blocId: "b1", periodId: "p2" }).ok).toBe(false);
  });
});

describe("keyUnusable", () => {
  const record = {
    keyId: "abcdefgh",
    secretHash: "0".repeat(64),
    role: "member" as const,
    blocId: "b1",
    unitId: "u1",
    periodId: null,
    year: 2022,
    issuedAt: "2022-01-01T00:00:00.000Z",
    expiresAt: "2023-01-01T00:00:00.000Z",
    revokedAt: null,
  };
  it("When a key is revoked or past its expiry, then it says which", () => {
    expect(keyUnusable(record, new Date("2022-06-01T00:00:00Z"))).toBeNull();
    expect(keyUnusable(record, new Date("2023-01-01T00:00:00Z"))).toBe("expired");
    expect(keyUnusable({ ...record, revokedAt: "2022-02-01T00:00:00.000Z" }, new Date("2022-06-01"))).toBe(
      "revoked",
    );
  });
});

describe("throttleDecision", () => {
  it("When a client failed 5 times within a minute, then it waits until the oldest failure leaves the window", () => {
    const now = 100_000;
    const failures = [50_000, 60_000, 70_000, 80_000, 90_000];
    expect(throttleDecision(failures.slice(1), now).allowed).toBe(true);
    const d = throttleDecision(failures, now);
    expect(d).toEqual({ allowed: false, recent: failures, retryAfterSeconds: 10 });
    expect(throttleDecision(failures, 111_000).allowed).toBe(true);
  });
});
