import { canonicalJson } from "../hash/canonicalJson";
import { sha256Hex } from "../hash/sha256";
import type { AuditDraft, AuditEntry } from "./auditEntry";
import { GENESIS_HASH } from "./auditEntry";

/** The hash of an entry: SHA-256 of the previous hash, a newline and the canonical JSON of everything else. */
export function auditEntryHash(entry: Omit<AuditEntry, "hash">): string {
  return sha256Hex(`${entry.prevHash}\n${canonicalJson(entry)}`);
}

/** The next entry after `last` (null for the first): sequence + 1, chained to its hash. */
export function chainAudit(last: Pick<AuditEntry, "seq" | "hash"> | null, draft: AuditDraft): AuditEntry {
  const unsigned = { ...draft, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...unsigned, hash: auditEntryHash(unsigned) };
}

/** Where a chain breaks, and how. */
export type AuditBreak = {
  seq: number;
  kind: "edited" | "missing" | "relinked";
};

export type AuditVerification =
  { ok: true; count: number; lastHash: string } | { ok: false; count: number; break: AuditBreak };

/**
 * Verifies a chain read from storage (any order): sequence numbers run 1…n without a gap (a removed entry is
 * `missing`), each entry's hash is the hash of its content (an edited entry is `edited`) and each links to the
 * previous hash (`relinked`). Removing the last entries cannot be seen from the chain alone; compare `lastHash`
 * with one kept elsewhere.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditVerification {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let prev = GENESIS_HASH;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.seq !== i + 1) return { ok: false, count: sorted.length, break: { seq: i + 1, kind: "missing" } };
    const { hash, ...rest } = e;
    if (auditEntryHash(rest) !== hash)
      return { ok: false, count: sorted.length, break: { seq: e.seq, kind: "edited" } };
    if (e.prevHash !== prev)
      return { ok: false, count: sorted.length, break: { seq: e.seq, kind: "relinked" } };
    prev = hash;
  }
  return { ok: true, count: sorted.length, lastHash: prev };
}

/** The hash the audit log records for a state before or after a change: SHA-256 of its canonical JSON. */
export function stateHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
