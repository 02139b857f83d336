import { z } from "zod";
import type { ApiTransport, PrincipalChoice } from "../../api/apiTransport";
import type { TokenProvider } from "../../api/bearerTransport";
import { bearerTransport } from "../../api/bearerTransport";
import type { ThiduaApi } from "../../api/thiduaApi";
import { thiduaApi } from "../../api/thiduaApi";
import type { KeyValueStore } from "./keyValueStore";

const SESSION_KEY = "thidua.session";

const ChoiceSchema = z.strictObject({
  blocId: z.string().optional(),
  role: z.string().optional(),
  unitId: z.string().optional(),
});

/**
 * What the add-in remembers between starts: an access key, or "signed in with Microsoft" and the role chosen (MSAL
 * keeps the account and its tokens; none is stored here), each with the period last opened.
 */
const SessionSchema = z.union([
  z.strictObject({ key: z.string().min(1), periodId: z.string().min(1) }),
  z.strictObject({ entra: z.literal(true), choice: ChoiceSchema.optional(), periodId: z.string().min(1) }),
]);

/** How the user signed in: an access key, or a Microsoft account acting as one of its roles. */
export type Credential = { key: string } | { entra: true; choice?: PrincipalChoice };

/** The remembered sign-in and period, or undefined (nothing remembered, or something unreadable). */
export async function readSession(
  store: KeyValueStore,
): Promise<{ credential: Credential; periodId: string } | undefined> {
  const text = await store.get(SESSION_KEY);
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = SessionSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { periodId } = parsed.data;
  if ("key" in parsed.data) return { credential: { key: parsed.data.key }, periodId };
  const { choice } = parsed.data;
  return { credential: { entra: true, ...(choice ? { choice } : {}) }, periodId };
}

export async function rememberSession(
  store: KeyValueStore,
  credential: Credential,
  periodId: string,
): Promise<void> {
  await store.set(SESSION_KEY, JSON.stringify({ ...credential, periodId }));
}

export async function forgetSession(store: KeyValueStore): Promise<void> {
  await store.remove(SESSION_KEY);
}

/** The API signed in with `credential`: the key as bearer, or the provider's Entra tokens with the chosen role. */
export function apiFor(
  credential: Credential,
  transport: ApiTransport,
  tokens: TokenProvider | undefined,
): ThiduaApi {
  if ("key" in credential) return thiduaApi(transport, credential.key);
  if (!tokens) throw new Error("Microsoft sign-in is not configured in this build");
  return thiduaApi(bearerTransport(transport, tokens, credential.choice), "");
}
