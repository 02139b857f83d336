import { odata } from "@azure/data-tables";
import type { ReturnReceipt, StoredReturn } from "../../../core/api";
import { ReturnReceiptSchema, StoredReturnSchema } from "../../../core/api";
import type { ReturnRepository } from "../../../core/ports";
import { z } from "zod";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort, orNull } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

const IdempotencySchema = z.strictObject({ bodyHash: z.string(), receipt: ReturnReceiptSchema });

/** `<unitId>~cur` holds the current version; `<unitId>~v000001`… every version, kept for ever. */
export const currentKey = (unitId: string) => `${unitId}~cur`;
export const versionKey = (unitId: string, version: number) =>
  `${unitId}~v${String(version).padStart(6, "0")}`;

function entity(ret: StoredReturn, rowKey: string, kind: "current" | "version") {
  return toEntity(StoredReturnSchema, { partitionKey: ret.periodId, rowKey }, ret, {
    kind,
    unitId: ret.unitId,
    version: ret.version,
  });
}

/**
 * Returns: partition = period, so the leader's consolidation is one partition query (`kind eq 'current'`), and a
 * unit's versions are one row-key range. The current row is the point of serialisation: it is created (409 if
 * another writer was first) or replaced with its ETag (412) before the version row is added.
 */
export function returnRepository(tables: Tables): ReturnRepository {
  const t = tables.returns;
  const idem = tables.idempotency;
  return {
    async current(periodId, unitId) {
      const e = await orNull(() => t.getEntity(periodId, currentKey(unitId)));
      return e === null ? null : { value: fromEntity(StoredReturnSchema, e), etag: e.etag };
    },
    async allCurrent(periodId) {
      const rows = await queryAll(t, odata`PartitionKey eq ${periodId} and kind eq 'current'`);
      return rows.map((e) => fromEntity(StoredReturnSchema, e));
    },
    async versions(periodId, unitId) {
      const rows = await queryAll(
        t,
        odata`PartitionKey eq ${periodId} and RowKey ge ${`${unitId}~v`} and RowKey lt ${`${unitId}~w`}`,
      );
      return rows.map((e) => fromEntity(StoredReturnSchema, e));
    },
    async store(ret, currentEtag) {
      const what = `return ${ret.periodId}/${ret.unitId}`;
      const current = entity(ret, currentKey(ret.unitId), "current");
      if (currentEtag === null) await asPort(what, () => t.createEntity(current));
      else await asPort(what, () => t.updateEntity(current, "Replace", { etag: currentEtag }));
      await asPort(`${what} v${ret.version}`, () =>
        t.createEntity(entity(ret, versionKey(ret.unitId, ret.version), "version")),
      );
    },
    async idempotency(periodId, unitId, keyHash) {
      const e = await orNull(() => idem.getEntity(periodId, `${unitId}~${keyHash}`));
      return e === null ? null : fromEntity(IdempotencySchema, e);
    },
    async remember(periodId, unitId, keyHash, record: { bodyHash: string; receipt: ReturnReceipt }) {
      const e = toEntity(
        IdempotencySchema,
        { partitionKey: periodId, rowKey: `${unitId}~${keyHash}` },
        record,
      );
      await asPort(`idempotency key of ${periodId}/${unitId}`, () => idem.createEntity(e));
    },
    async forget(periodId, unitId, keyHash) {
      await orNull(() => idem.deleteEntity(periodId, `${unitId}~${keyHash}`));
    },
  };
}
