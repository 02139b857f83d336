import type { TransactionAction } from "@azure/data-tables";
import { odata } from "@azure/data-tables";
import type { StoredReturn } from "../../../core/api";
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
/** `<unitId>~k<sha256 of the Idempotency-Key>`: beside the versions, so one transaction writes both. */
export const idempotencyKey = (unitId: string, keyHash: string) => `${unitId}~k${keyHash}`;

function keyEntity(
  periodId: string,
  unitId: string,
  keyHash: string,
  record: z.input<typeof IdempotencySchema>,
) {
  return toEntity(
    IdempotencySchema,
    { partitionKey: periodId, rowKey: idempotencyKey(unitId, keyHash) },
    record,
    {
      kind: "idempotency",
    },
  );
}

function entity(ret: StoredReturn, rowKey: string, kind: "current" | "version") {
  return toEntity(StoredReturnSchema, { partitionKey: ret.periodId, rowKey }, ret, {
    kind,
    unitId: ret.unitId,
    version: ret.version,
  });
}

/**
 * Returns: partition = period, so the leader's consolidation is one partition query (`kind eq 'current'`), and a
 * unit's versions are one row-key range. A submission is one transaction in that partition: the current row is
 * created (409 if another writer was first) or replaced with its ETag (412), the version row created, and the
 * Idempotency-Key row created; a replay that reads the key therefore finds the version it names, and one that
 * arrives before the commit loses the race on these rows instead of adding a second version.
 */
export function returnRepository(tables: Tables): ReturnRepository {
  const t = tables.returns;
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
    async store(ret, currentEtag, idempotency) {
      const current = entity(ret, currentKey(ret.unitId), "current");
      const actions: TransactionAction[] = [
        currentEtag === null ? ["create", current] : ["update", current, "Replace", { etag: currentEtag }],
        ["create", entity(ret, versionKey(ret.unitId, ret.version), "version")],
      ];
      if (idempotency !== undefined)
        actions.push([
          "create",
          keyEntity(ret.periodId, ret.unitId, idempotency.keyHash, idempotency.record),
        ]);
      await asPort(`return ${ret.periodId}/${ret.unitId} v${ret.version}`, () =>
        t.submitTransaction(actions),
      );
    },
    async idempotency(periodId, unitId, keyHash) {
      const e = await orNull(() => t.getEntity(periodId, idempotencyKey(unitId, keyHash)));
      return e === null ? null : fromEntity(IdempotencySchema, e);
    },
  };
}
