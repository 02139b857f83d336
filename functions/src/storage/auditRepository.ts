import { odata } from "@azure/data-tables";
import type { AuditEntry } from "../../../core/audit";
import { AuditEntrySchema } from "../../../core/audit";
import type { AuditRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

export const AUDIT_PARTITION = "audit";
/** Row keys count down, so the newest entry is the first row of the partition. */
export const auditRowKey = (seq: number) => String(1e12 - seq).padStart(13, "0");

/** The audit log: one partition, created only (there is no update or delete here). */
export function auditRepository(tables: Tables): AuditRepository {
  const t = tables.audit;
  return {
    async last() {
      const page = await t
        .listEntities({ queryOptions: { filter: odata`PartitionKey eq ${AUDIT_PARTITION}` } })
        .byPage({ maxPageSize: 1 })
        .next();
      const first = page.done ? undefined : page.value[0];
      return first === undefined ? null : fromEntity(AuditEntrySchema, first);
    },
    async append(entry: AuditEntry) {
      const e = toEntity(
        AuditEntrySchema,
        { partitionKey: AUDIT_PARTITION, rowKey: auditRowKey(entry.seq) },
        entry,
        {
          seq: entry.seq,
        },
      );
      await asPort(`audit entry ${entry.seq}`, () => t.createEntity(e));
    },
    async all() {
      return (await queryAll(t, odata`PartitionKey eq ${AUDIT_PARTITION}`)).map((e) =>
        fromEntity(AuditEntrySchema, e),
      );
    },
  };
}
