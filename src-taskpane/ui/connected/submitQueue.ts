import { z } from "zod";
import { UnitReturnSchema } from "../../../core/returns";
import type { KeyValueStore } from "./keyValueStore";

const PENDING_KEY = "thidua.pendingSubmits";

/** A submit that has not been answered yet: kept with its Idempotency-Key so a retry is never applied twice. */
export const PendingSubmitSchema = z.strictObject({
  idempotencyKey: z.string().min(8).max(200),
  periodId: z.string(),
  unitId: z.string(),
  queuedAt: z.iso.datetime(),
  attempts: z.number().int().min(0),
  body: UnitReturnSchema,
});
export type PendingSubmit = z.infer<typeof PendingSubmitSchema>;

/**
 * The persisted queue of submits (item 6 "never lose work"): written BEFORE the request goes out, removed only
 * when the server answered (a receipt, or a refusal that retrying cannot change). A pane reload reads it back.
 * Storage that holds something unreadable is treated as empty rather than blocking the pane.
 */
export function submitQueue(store: KeyValueStore) {
  async function read(): Promise<PendingSubmit[]> {
    const text = await store.get(PENDING_KEY);
    if (!text) return [];
    try {
      return z.array(PendingSubmitSchema).parse(JSON.parse(text));
    } catch {
      return [];
    }
  }
  async function write(items: PendingSubmit[]): Promise<void> {
    if (items.length === 0) await store.remove(PENDING_KEY);
    else await store.set(PENDING_KEY, JSON.stringify(items));
  }
  return {
    list: read,
    /** Adds or replaces the pending submit of that unit and period: only the latest sheet is worth sending. */
    async put(item: PendingSubmit): Promise<void> {
      const others = (await read()).filter(
        (p) => !(p.periodId === item.periodId && p.unitId === item.unitId),
      );
      await write([...others, item]);
    },
    async remove(idempotencyKey: string): Promise<void> {
      await write((await read()).filter((p) => p.idempotencyKey !== idempotencyKey));
    },
  };
}
export type SubmitQueue = ReturnType<typeof submitQueue>;
