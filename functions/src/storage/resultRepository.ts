import { odata } from "@azure/data-tables";
import { FinalizedSummarySchema } from "../../../core/history";
import type { FinalizedRecord, ResultRepository } from "../../../core/ports";
import { bytesEntity, entityBytes, fromEntity, splitBytes, toEntity } from "./entityChunks";
import { asPort, orNull } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

const summaryKey = (periodId: string, version: number) => `${periodId}~v${String(version).padStart(4, "0")}`;
const partKey = (periodId: string, version: number, part: number) =>
  `${summaryKey(periodId, version)}~p${String(part).padStart(3, "0")}`;

/**
 * Finalized results: partition = bloc (its history is one partition query over `kind eq 'summary'`); the summary
 * row, then the inputs and the result as JSON split over as many part rows as they need (a bloc's returns can
 * pass the 1 MiB an entity holds). The part rows are created first (the first is the point of serialisation: a
 * second finalize of one version gets 409 there), so a summary never points at missing parts.
 */
export function resultRepository(tables: Tables): ResultRepository {
  const t = tables.results;
  return {
    async create(record: FinalizedRecord) {
      const { blocId, periodId, version } = record.summary;
      const parts = splitBytes(
        Buffer.from(JSON.stringify({ inputs: record.inputs, result: record.result }), "utf8"),
      );
      const what = `result ${periodId} v${version}`;
      for (let i = 0; i < parts.length; i++) {
        const e = bytesEntity({ partitionKey: blocId, rowKey: partKey(periodId, version, i) }, parts[i]!, {
          kind: "part",
        });
        await asPort(what, () => t.createEntity(e));
      }
      const summary = toEntity(
        FinalizedSummarySchema,
        { partitionKey: blocId, rowKey: summaryKey(periodId, version) },
        record.summary,
        { kind: "summary", parts: parts.length },
      );
      await asPort(what, () => t.createEntity(summary));
    },
    async summaries(blocId) {
      const rows = await queryAll(t, odata`PartitionKey eq ${blocId} and kind eq 'summary'`);
      return rows.map((e) => fromEntity(FinalizedSummarySchema, e));
    },
    async get(blocId, periodId, version) {
      const head = await orNull(() => t.getEntity(blocId, summaryKey(periodId, version)));
      if (head === null) return null;
      const count = Number(head.parts);
      const parts: Buffer[] = [];
      for (let i = 0; i < count; i++)
        parts.push(entityBytes(await t.getEntity(blocId, partKey(periodId, version, i))));
      const body = JSON.parse(Buffer.concat(parts).toString("utf8")) as { inputs: unknown; result: unknown };
      return { summary: fromEntity(FinalizedSummarySchema, head), inputs: body.inputs, result: body.result };
    },
  };
}
