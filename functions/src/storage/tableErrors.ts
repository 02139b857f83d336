import { StoreConflictError, StoreStaleError } from "../../../core/ports";

/** The HTTP status of an SDK error, or undefined for anything else. */
export function storageStatus(e: unknown): number | undefined {
  const status = (e as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

/** Table Storage's 409 and 412 as the port's errors; anything else is rethrown as it is. */
export function portError(e: unknown, what: string): unknown {
  const status = storageStatus(e);
  if (status === 409) return new StoreConflictError(`${what} already exists`);
  if (status === 412) return new StoreStaleError(`${what} changed since it was read`);
  return e;
}

/** Runs a storage call, turning 409/412 into the port's errors. */
export async function asPort<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw portError(e, what);
  }
}

/** A point read that answers null for a missing entity. */
export async function orNull<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (e) {
    if (storageStatus(e) === 404) return null;
    throw e;
  }
}
