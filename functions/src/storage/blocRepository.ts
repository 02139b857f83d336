import { odata } from "@azure/data-tables";
import type { Bloc } from "../../../core/api";
import { BlocSchema } from "../../../core/api";
import type { BlocRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { orNull } from "./tableErrors";
import { queryAll } from "./tables";
import type { Tables } from "./tables";

const PK = "bloc";

/** Blocs: one partition (a province has tens of blocs), row key = bloc id. */
export function blocRepository(tables: Tables): BlocRepository {
  const t = tables.blocs;
  return {
    async get(blocId) {
      const e = await orNull(() => t.getEntity(PK, blocId));
      return e === null ? null : fromEntity(BlocSchema, e);
    },
    async put(bloc: Bloc) {
      await t.upsertEntity(toEntity(BlocSchema, { partitionKey: PK, rowKey: bloc.blocId }, bloc), "Replace");
    },
    async list() {
      return (await queryAll(t, odata`PartitionKey eq ${PK}`)).map((e) => fromEntity(BlocSchema, e));
    },
  };
}
