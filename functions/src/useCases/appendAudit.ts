import type { Principal } from "../../../core/access";
import type { AuditDraft } from "../../../core/audit";
import { chainAudit, stateHash } from "../../../core/audit";
import { StoreConflictError } from "../../../core/ports";
import type { Services } from "../services";

const MAX_ATTEMPTS = 60;

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

/**
 * Appends one entry to the hash chain (UTC time, actor, bloc, period, unit, before/after hash, reason). Two
 * appends racing for one sequence number: the loser waits a random moment (so many writers spread out), reads the
 * new last entry and chains after it.
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
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const last = await services.store.audit.last();
    try {
      await services.store.audit.append(chainAudit(last, draft));
      return;
    } catch (e) {
      if (!(e instanceof StoreConflictError)) throw e;
    }
    const ceiling = Math.min(500, 10 * 2 ** Math.min(attempt, 6));
    await new Promise((r) => setTimeout(r, Math.random() * ceiling));
  }
  throw new Error(`audit log: could not append after ${MAX_ATTEMPTS} attempts`);
}
