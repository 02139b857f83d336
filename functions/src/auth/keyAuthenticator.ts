import { keyUnusable, principalOfKey, throttleDecision } from "../../../core/access";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import type { Authenticator } from "./authenticator";
import { keyIdOf, keyMatches } from "./accessKeySecret";

const UNKNOWN = msg("Khóa truy cập không hợp lệ.", "The access key is not valid.");

/** The client a failed attempt is counted against: the first forwarded address (Azure and the local host set it). */
export function clientOf(forwarded: string | null): string {
  return forwarded?.split(",")[0]?.trim() || "unknown";
}

/**
 * Access keys (`Authorization: Bearer tdk_…`): the key id finds the record, the SHA-256 must match, and the key
 * must be neither revoked nor expired. Failed attempts are counted per client; past the limit the client waits
 * (429 with Retry-After) before any key is looked at.
 */
export const keyAuthenticator: Authenticator = async (request, services) => {
  const header = request.headers.get("authorization");
  const match = header === null ? null : /^Bearer\s+(tdk_\S+)$/.exec(header);
  if (match === null) return { kind: "skip" };
  const key = match[1]!;
  const client = clientOf(request.headers.get("x-forwarded-for"));
  const now = services.now().getTime();
  const gate = throttleDecision(services.failures.get(client) ?? [], now);
  if (!gate.allowed)
    return {
      kind: "refused",
      problem: apiProblem(
        "throttled",
        msg(
          `Quá nhiều lần đăng nhập sai; thử lại sau ${gate.retryAfterSeconds} giây.`,
          `Too many failed sign-ins; retry in ${gate.retryAfterSeconds} s.`,
        ),
      ),
      headers: { "retry-after": String(gate.retryAfterSeconds) },
    };
  const fail = (message = UNKNOWN) => {
    services.failures.set(client, [...gate.recent, now]);
    return { kind: "refused" as const, problem: apiProblem("unauthenticated", message) };
  };
  const keyId = keyIdOf(key);
  if (keyId === null) return fail();
  const stored = await services.store.keys.get(keyId);
  if (stored === null || !keyMatches(key, stored.value.secretHash)) return fail();
  const unusable = keyUnusable(stored.value, services.now());
  if (unusable === "revoked") return fail(msg("Khóa truy cập đã bị thu hồi.", "The access key was revoked."));
  if (unusable === "expired") return fail(msg("Khóa truy cập đã hết hạn.", "The access key has expired."));
  return { kind: "ok", principal: principalOfKey(stored.value) };
};
