import { z } from "zod";
import type { PrincipalChoice } from "../../api/apiTransport";
import { ApiError } from "../../api/apiTransport";

/** One of the roles the board gave a Microsoft account, as the server listed it, and the headers that choose it. */
export type RoleChoice = { choice: PrincipalChoice };

const ChoicesProblemSchema = z.object({
  error: z.literal("forbidden"),
  details: z.array(
    z.object({ path: z.string().regex(/^choices\[\d+\]$/), message: z.object({ en: z.string() }) }),
  ),
});

const HEADER_FIELDS: Record<string, keyof PrincipalChoice> = {
  "X-ThiDua-Bloc": "blocId",
  "X-ThiDua-Role": "role",
  "X-ThiDua-Unit": "unitId",
};

/**
 * The roles a 403 "choose a role" lists (core/identity's choosePrincipal: each detail `choices[i]` reads
 * "X-ThiDua-Bloc: b, X-ThiDua-Role: member, X-ThiDua-Unit: u"); empty for any other failure.
 */
export function roleChoicesOf(error: unknown): RoleChoice[] {
  if (!(error instanceof ApiError) || error.status !== 403) return [];
  const parsed = ChoicesProblemSchema.safeParse(error.body);
  if (!parsed.success) return [];
  return parsed.data.details.flatMap((detail) => {
    const choice: PrincipalChoice = {};
    for (const part of detail.message.en.split(",")) {
      const [name, value] = part.split(":").map((s) => s.trim());
      const field = name === undefined ? undefined : HEADER_FIELDS[name];
      if (field && value) choice[field] = value;
    }
    if (choice.role === undefined) return [];
    return [{ choice }];
  });
}
