import { odata } from "@azure/data-tables";
import type { AccessKeyRecord } from "../../../core/access";
import { AccessKeyRecordSchema } from "../../../core/access";
import type { KeyRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort, orNull } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

const PK = "key";
const entity = (r: AccessKeyRecord) =>
  toEntity(AccessKeyRecordSchema, { partitionKey: PK, rowKey: r.keyId }, r);

/** Access keys by key id; each row holds the secret's SHA-256, never the secret. */
export function keyRepository(tables: Tables): KeyRepository {
  const t = tables.keys;
  return {
    async get(keyId) {
      const e = await orNull(() => t.getEntity(PK, keyId));
      return e === null ? null : { value: fromEntity(AccessKeyRecordSchema, e), etag: e.etag };
    },
    async create(record) {
      await asPort(`key ${record.keyId}`, () => t.createEntity(entity(record)));
    },
    async update(record, etag) {
      await asPort(`key ${record.keyId}`, () => t.updateEntity(entity(record), "Replace", { etag }));
    },
    async list() {
      return (await queryAll(t, odata`PartitionKey eq ${PK}`)).map((e) =>
        fromEntity(AccessKeyRecordSchema, e),
      );
    },
  };
}
