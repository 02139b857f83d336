import type { z } from "zod";

/**
 * A Table Storage property holds at most 64 KiB and an entity at most 1 MiB: a document is written as the UTF-8
 * bytes of its JSON, cut into binary properties `d0…dN` of at most this many bytes. Binary, not string, because
 * Azurite 3.35 corrupts multi-byte characters (đ, ư, ộ) that straddle its request chunks in large string
 * properties (measured: +1 character per affected property); bytes travel as base64, which has none.
 */
export const CHUNK_BYTES = 60_000;
/** 15 × 60,000 bytes leaves room for keys and index properties under 1 MiB. */
export const MAX_CHUNKS = 15;
/** The most JSON bytes one entity holds; larger documents are split over several rows (`splitBytes`). */
export const ENTITY_BYTES = CHUNK_BYTES * MAX_CHUNKS;

/** Plain properties an entity may carry beside its document, for filters (`kind`, `blocId`, `version`). */
export type IndexProps = Record<string, string | number | boolean>;

export type DocEntity = { partitionKey: string; rowKey: string; n: number } & Record<string, unknown>;

/**
 * The entity of a document: validated with `schema` first (nothing unchecked is persisted), its JSON cut into
 * properties, with index properties beside it. Throws when the document is larger than one entity holds.
 */
export function toEntity<S extends z.ZodType>(
  schema: S,
  keys: { partitionKey: string; rowKey: string },
  doc: z.input<S>,
  index: IndexProps = {},
): DocEntity {
  return bytesEntity(keys, Buffer.from(JSON.stringify(schema.parse(doc)), "utf8"), index);
}

/** The entity of raw bytes (one part of a document split over rows). */
export function bytesEntity(
  keys: { partitionKey: string; rowKey: string },
  bytes: Uint8Array,
  index: IndexProps = {},
): DocEntity {
  if (bytes.length > ENTITY_BYTES)
    throw new RangeError(`document of ${bytes.length} bytes exceeds one entity (${ENTITY_BYTES})`);
  const entity: DocEntity = { ...index, partitionKey: keys.partitionKey, rowKey: keys.rowKey, n: 0 };
  let n = 0;
  for (let i = 0; i < bytes.length || n === 0; i += CHUNK_BYTES)
    entity[`d${n++}`] = bytes.subarray(i, Math.min(bytes.length, i + CHUNK_BYTES));
  entity.n = n;
  return entity;
}

/** The bytes an entity holds (its chunks joined in order); throws when a chunk is missing. */
export function entityBytes(entity: Record<string, unknown>): Buffer {
  const n = entity.n;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_CHUNKS)
    throw new Error(`entity ${String(entity.rowKey)} has no valid chunk count`);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const part = entity[`d${i}`];
    if (!(part instanceof Uint8Array)) throw new Error(`entity ${String(entity.rowKey)} lacks chunk d${i}`);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** The document an entity holds, validated with `schema` (a stored entity edited by hand is refused, not trusted). */
export function fromEntity<S extends z.ZodType>(schema: S, entity: Record<string, unknown>): z.output<S> {
  return schema.parse(JSON.parse(entityBytes(entity).toString("utf8")));
}

/** Bytes cut into pieces one entity each holds. */
export function splitBytes(bytes: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length || parts.length === 0; i += ENTITY_BYTES)
    parts.push(bytes.subarray(i, Math.min(bytes.length, i + ENTITY_BYTES)));
  return parts;
}
