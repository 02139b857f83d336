import type { IdentityMapping } from "../../../core/identity";
import { IdentityMappingSchema } from "../../../core/identity";
import type { IdentityMappingRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort, orNull } from "./tableErrors";
import type { Tables } from "./tables";

const KEYS = { partitionKey: "identity-mapping", rowKey: "current" };
const WHAT = "identity mapping";

/**
 * The board's identity mapping: one entity, validated with the mapping's zod schema on the way in and out, replaced
 * whole under its ETag. A mapping is at most one entity (≈ 900 KB of JSON; the request body limit is lower).
 */
export function identityMappingRepository(tables: Tables): IdentityMappingRepository {
  const t = tables.identity;
  const entity = (mapping: IdentityMapping) => toEntity(IdentityMappingSchema, KEYS, mapping);
  return {
    async get() {
      const e = await orNull(() => t.getEntity(KEYS.partitionKey, KEYS.rowKey));
      return e === null ? null : { value: fromEntity(IdentityMappingSchema, e), etag: e.etag };
    },
    async put(mapping, etag) {
      await asPort(WHAT, () =>
        etag === null
          ? t.createEntity(entity(mapping))
          : t.updateEntity(entity(mapping), "Replace", { etag }),
      );
    },
  };
}
