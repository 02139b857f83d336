import type { AuditDraft, AuditEntry } from "../../../core/audit";
import { chainAudit, GENESIS_HASH, verifyAuditChain } from "../../../core/audit";

function draft(i: number): AuditDraft {
  return {
    at: `2022-11-${String(10 + i).padStart(2, "0")}T00:00:00.000Z`,
    actor: "key:abc",
    action: "return.submit",
    blocId: "b1",
    periodId: "p1",
    unitId: `u${i}`,
    beforeHash: null,
    afterHash: "a".repeat(64),
    reason: null,
  };
}

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) out.push(chainAudit(out[out.length - 1] ?? null, draft(i)));
  return out;
}

describe("audit chain", () => {
  it("When entries are chained, then each links to the previous hash and the chain verifies in any order", () => {
    const entries = chain(5);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    expect(entries[3]!.prevHash).toBe(entries[2]!.hash);
    expect(verifyAuditChain([...entries].reverse())).toEqual({
      ok: true,
      count: 5,
      lastHash: entries[4]!.hash,
    });
  });

  it("When a stored entry's reason is edited, then verification names that entry as edited", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, reason: "sửa lén" };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, break: { seq: 3, kind: "edited" } });
  });

  it("When an entry is removed, then verification finds the gap", () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, break: { seq: 2, kind: "missing" } });
  });

  it("When an entry is edited and re-hashed, then the next link breaks", () => {
    const entries = chain(4);
    const edited = chainAudit({ seq: 1, hash: entries[0]!.hash }, { ...draft(2), reason: "khác" });
    entries[1] = edited;
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, break: { seq: 3, kind: "relinked" } });
  });
});
