import { odata } from "@azure/data-tables";
import { CouncilDecisionSchema } from "../../../core/history";
import type { DecisionRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort } from "./tableErrors";
import type { Tables } from "./tables";
import { queryAll } from "./tables";

/** The council's decisions: partition = bloc, row key = the decision's sequence number, append only. */
export function decisionRepository(tables: Tables): DecisionRepository {
  const t = tables.decisions;
  return {
    async add(decision) {
      const e = toEntity(
        CouncilDecisionSchema,
        { partitionKey: decision.blocId, rowKey: decision.id },
        decision,
      );
      await asPort(`decision ${decision.id}`, () => t.createEntity(e));
    },
    async list(blocId) {
      return (await queryAll(t, odata`PartitionKey eq ${blocId}`)).map((e) =>
        fromEntity(CouncilDecisionSchema, e),
      );
    },
  };
}
