import type { Principal } from "../../../core/access";
import type { AuditDraft } from "../../../core/audit";
import { chainAudit, stateHash } from "../../../core/audit";
import { StoreConflictError } from "../../../core/ports";
import type { Services } from "../services";

/** What changed, for the audit log: the states before and after are hashed, never stored in it. */
export type AuditChange = {
  action: string;
  blocId: string | null;
  periodId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Attempts before giving up, and the longest random wait between two (ms). */
const ATTEMPTS = 50;
const MAX_BACKOFF_MS = 1000;

/**
 * Appends one entry to the hash chain (UTC time, actor, bloc, period, unit, before/after hash, reason). Two
 * appends racing for one sequence number: the loser waits a random time (up to 5 ms × 2^attempt, at most 1 s),
 * reads the new last entry and chains after it. Without the wait, n writers arriving together would need n
 * rounds, so a burst of more than the attempts allowed failed after its change was stored.
 */
export async function appendAudit(
  services: Services,
  principal: Principal,
  change: AuditChange,
): Promise<void> {
  const draft: AuditDraft = {
    at: services.now().toISOString(),
    actor: principal.actor,
    action: change.action,
    blocId: change.blocId,
    periodId: change.periodId ?? null,
    unitId: change.unitId ?? null,
    beforeHash: change.before === undefined || change.before === null ? null : stateHash(change.before),
    afterHash: change.after === undefined || change.after === null ? null : stateHash(change.after),
    reason: change.reason ?? null,
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const last = await services.store.audit.last();
    try {
      await services.store.audit.append(chainAudit(last, draft));
      return;
    } catch (e) {
      if (!(e instanceof StoreConflictError)) throw e;
    }
    const wait = Math.random() * Math.min(MAX_BACKOFF_MS, 5 * 2 ** attempt);
    await new Promise((r) => setTimeout(r, wait));
  }
  throw new Error(`audit log: could not append after ${ATTEMPTS} attempts`);
}
