import type { CheckedIdentityMapping } from "../../../core/identity";
import { parseIdentityMapping } from "../../../core/identity";
import type { Services } from "../services";

/**
 * How long a process keeps the board's mapping: sign-ins read one entity at most every 30 s instead of on every
 * request, and a change made through another instance applies within 30 s (a change made through this instance
 * applies at once: `forgetIdentityMapping`). Removing someone's role is therefore at most 30 s late.
 */
export const MAPPING_CACHE_MS = 30_000;

const cached = new WeakMap<Services, { at: number; mapping: Promise<CheckedIdentityMapping> }>();

/** The board's checked mapping (none stored: no entries, nobody is mapped), cached per services. */
export function loadIdentityMapping(services: Services): Promise<CheckedIdentityMapping> {
  const now = services.now().getTime();
  const hit = cached.get(services);
  if (hit !== undefined && now - hit.at >= 0 && now - hit.at < MAPPING_CACHE_MS) return hit.mapping;
  const mapping = readMapping(services);
  cached.set(services, { at: now, mapping });
  // A failed read is not kept: the next sign-in tries storage again.
  mapping.catch(() => cached.delete(services));
  return mapping;
}

/** Drops the cached mapping after the board stored a new one. */
export function forgetIdentityMapping(services: Services): void {
  cached.delete(services);
}

async function readMapping(services: Services): Promise<CheckedIdentityMapping> {
  const stored = await services.store.identityMapping.get();
  if (stored === null) return { rules: [] };
  const checked = parseIdentityMapping(stored.value);
  if (!checked.ok)
    throw new Error(`stored identity mapping is invalid: ${checked.problems.map((p) => p.path).join(", ")}`);
  return checked.value;
}
