import { odata } from "@azure/data-tables";
import type { Period } from "../../../core/periods";
import { PeriodSchema } from "../../../core/periods";
import type { PeriodRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort, orNull } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

const PK = "period";

function entity(period: Period) {
  return toEntity(PeriodSchema, { partitionKey: PK, rowKey: period.periodId }, period, {
    blocId: period.blocId,
    state: period.state,
  });
}

/** Periods: one partition, row key = period id, `blocId` beside for listing a bloc's periods. */
export function periodRepository(tables: Tables): PeriodRepository {
  const t = tables.periods;
  return {
    async get(periodId) {
      const e = await orNull(() => t.getEntity(PK, periodId));
      return e === null ? null : { value: fromEntity(PeriodSchema, e), etag: e.etag };
    },
    async list(blocId) {
      const filter =
        blocId === undefined
          ? odata`PartitionKey eq ${PK}`
          : odata`PartitionKey eq ${PK} and blocId eq ${blocId}`;
      return (await queryAll(t, filter)).map((e) => fromEntity(PeriodSchema, e));
    },
    async create(period) {
      await asPort(`period ${period.periodId}`, () => t.createEntity(entity(period)));
    },
    async update(period, etag) {
      await asPort(`period ${period.periodId}`, () => t.updateEntity(entity(period), "Replace", { etag }));
    },
  };
}
