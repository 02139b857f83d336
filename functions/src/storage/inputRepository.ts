import { odata } from "@azure/data-tables";
import { PeriodInputSchema } from "../../../core/api";
import type { InputRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

/** Review-stage inputs: partition = period, row key = the input's id (time-ordered), append only. */
export function inputRepository(tables: Tables): InputRepository {
  const t = tables.inputs;
  return {
    async add(periodId, input) {
      const e = toEntity(PeriodInputSchema, { partitionKey: periodId, rowKey: input.id }, input, {
        kind: input.kind,
      });
      await asPort(`input ${input.id}`, () => t.createEntity(e));
    },
    async list(periodId) {
      return (await queryAll(t, odata`PartitionKey eq ${periodId}`)).map((e) =>
        fromEntity(PeriodInputSchema, e),
      );
    },
  };
}
