import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new access key: `tdk_<keyId>_<secret>`, 256 random bits of secret; the key is shown once, never stored. */
export function newAccessKey(): { keyId: string; key: string } {
  const keyId = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { keyId, key: `tdk_${keyId}_${secret}` };
}

/** The key id a presented key names, or null when it is not shaped like one of ours. */
export function keyIdOf(key: string): string | null {
  const m = /^tdk_([a-z0-9]{8,32})_[A-Za-z0-9_-]{20,100}$/.exec(key);
  return m === null ? null : m[1]!;
}

/** SHA-256 of the whole key (hex): a high-entropy secret needs no slow hash. */
export function hashAccessKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Compares a presented key with a stored hash in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashAccessKey(key), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
