/** How many failed sign-ins a client may make within a window before it must wait. */
export type ThrottlePolicy = { maxFailures: number; windowMs: number };

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 5, windowMs: 60_000 };

/**
 * Whether a client with these recent failed attempts (epoch ms) may try again at `now`, and if not, in how many
 * whole seconds. Only failures inside the window count; the earliest of them decides when the window frees a slot.
 */
export function throttleDecision(
  failures: readonly number[],
  now: number,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): { allowed: true; recent: number[] } | { allowed: false; recent: number[]; retryAfterSeconds: number } {
  const recent = failures.filter((t) => t > now - policy.windowMs && t <= now).sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return { allowed: true, recent };
  const frees = recent[recent.length - policy.maxFailures]! + policy.windowMs;
  return { allowed: false, recent, retryAfterSeconds: Math.max(1, Math.ceil((frees - now) / 1000)) };
}
