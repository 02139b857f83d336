import { verifyAuditChain } from "../../../core/audit";
import { ConfigSchema } from "../../../functions/src/config";
import type { Services } from "../../../functions/src/services";
import { makeServices } from "../../../functions/src/services";
import { createTableStore } from "../../../functions/src/storage/tableStore";
import { appendAudit } from "../../../functions/src/useCases/appendAudit";
import type { Azurite } from "../../helpers/azurite";
import { startAzurite } from "../../helpers/azurite";

let azurite: Azurite;
let services: Services;

beforeAll(async () => {
  azurite = await startAzurite();
  const { store } = await createTableStore(azurite.connectionString);
  services = makeServices(store, ConfigSchema.parse({ storage: azurite.connectionString }));
});
afterAll(async () => {
  await azurite?.stop();
});

const board = {
  actor: "key:board",
  role: "board",
  blocId: null,
  unitId: null,
  periodId: null,
  year: null,
} as const;

describe("appendAudit under a burst", () => {
  it("When 60 state changes append at the same moment, then all 60 are chained once each and the chain verifies", async () => {
    const n = 60;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        appendAudit(services, board, { action: "bloc.put", blocId: `khoi-${i}`, after: { i } }),
      ),
    );
    const entries = await services.store.audit.all();
    expect(entries.map((e) => e.blocId).sort()).toEqual(
      Array.from({ length: n }, (_, i) => `khoi-${i}`).sort(),
    );
    expect(verifyAuditChain(entries)).toMatchObject({ ok: true, count: n });
  }, 60_000);
});
