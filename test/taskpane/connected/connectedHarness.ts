import { stateHash } from "../../../core/audit";
import type { ApiTransport } from "../../../src-taskpane/api/apiTransport";
import type { TokenProvider } from "../../../src-taskpane/api/bearerTransport";
import { officeScoringWorkbook } from "../../../src-taskpane/excel/scoringWorkbook";
import { createConnected } from "../../../src-taskpane/ui/connected/createConnected";
import { memoryStore } from "../../../src-taskpane/ui/connected/keyValueStore";
import { paneLink } from "../../../src-taskpane/ui/connected/paneLink";
import * as paneCore from "../../../src-taskpane/ui/paneCore";
import { FakeContext } from "../../helpers/fakeExcel";
import { ManualTimers, paneOverFake } from "../ui/paneHarness";

/**
 * A transport that answers a submit with the hash the real server computes (core/audit's stateHash of the body it
 * stores) instead of the fake's fixed one: the pane compares it with what the sheet holds.
 */
export function hashingTransport(transport: ApiTransport): ApiTransport {
  return async (request) => {
    const response = await transport(request);
    if (request.method !== "PUT") return response;
    return { ...response, body: { ...(response.body as object), returnHash: stateHash(request.body) } };
  };
}

/** Idempotency keys unique across "reloads", as crypto.randomUUID's are. */
let keys = 0;

/**
 * The real offline pane and its connected part over an in-memory workbook; handing the same `context` and `store`
 * to a second call is a pane reload (Excel keeps the workbook, the add-in its storage).
 */
export function connectedOver(
  transport: ApiTransport,
  options: { store?: ReturnType<typeof memoryStore>; context?: FakeContext; entra?: TokenProvider } = {},
) {
  const store = options.store ?? memoryStore();
  const context = options.context ?? new FakeContext();
  const workbook = officeScoringWorkbook(
    (batch) => batch(context.asExcel()),
    async () => paneCore,
  );
  const { pane } = paneOverFake({ workbook });
  const connected = createConnected({
    transport,
    store,
    pane: paneLink(pane),
    timers: new ManualTimers(),
    now: () => new Date("2022-11-20T00:00:00.000Z"),
    newKey: () => `idem-key-${++keys}-${"x".repeat(8)}`,
    render: () => undefined,
    ...(options.entra ? { entra: options.entra } : {}),
  });
  return { pane, context, store, connected };
}
