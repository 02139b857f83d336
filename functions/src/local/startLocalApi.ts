import { makeServices, setServices } from "../services";
import type { ThiDuaStore } from "../../../core/ports";
import { hashAccessKey, newAccessKey } from "../auth/accessKeySecret";
import type { EntraConfig } from "../auth/entraId";
import { ConfigSchema } from "../config";
import { startLocalHost } from "../localHost";
import { createTableStore } from "../storage/tableStore";
import type { Tables } from "../storage/tables";
import type { LocalKey } from "./seedSamples";
import { seedSamples } from "./seedSamples";
import { startAzurite } from "./startAzurite";

export type LocalApi = {
  url: string;
  /** Keys issued by this start (empty when storage already held data). */
  keys: LocalKey[];
  store: ThiDuaStore;
  tables: Tables;
  connectionString: string;
  stop: () => Promise<void>;
};

/** Issues the first board key straight into storage: the one key nobody could issue through the API. */
async function bootstrapBoardKey(store: ThiDuaStore, now: Date): Promise<LocalKey> {
  const { keyId, key } = newAccessKey();
  await store.keys.create({
    keyId,
    secretHash: hashAccessKey(key),
    role: "board",
    blocId: null,
    unitId: null,
    periodId: null,
    year: null,
    label: "local board key",
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 365 * 86_400_000).toISOString(),
    revokedAt: null,
  });
  return { blocId: null, periodId: null, unitId: null, role: "board", key };
}

/**
 * Starts Azurite (in memory, or with its data in `dataDir`) and the local host on loopback ports, and when storage
 * is empty issues a board key and (unless `seed` is false) seeds the four sample blocs' current periods. `now` lets a
 * test drive the clock; `entra` turns on Entra ID sign-in (as `ENTRA_*` would). `stop` ends the host and the Azurite it started.
 */
export async function startLocalApi(
  options: {
    tablePort?: number;
    port?: number;
    dataDir?: string;
    seed?: boolean;
    repoDir?: string;
    now?: () => Date;
    corsOrigins?: string[];
    /** Microsoft Entra ID sign-in beside access keys (tests point `jwksUrl` at a key set on 127.0.0.1). */
    entra?: EntraConfig;
  } = {},
): Promise<LocalApi> {
  const azurite = await startAzurite({
    ...(options.tablePort === undefined ? {} : { port: options.tablePort }),
    ...(options.dataDir === undefined ? {} : { location: options.dataDir }),
  });
  try {
    const { store, tables } = await createTableStore(azurite.connectionString);
    const config = ConfigSchema.parse({
      storage: azurite.connectionString,
      corsOrigins: options.corsOrigins ?? [],
      ...(options.entra === undefined ? {} : { entra: options.entra }),
    });
    const now = options.now ?? (() => new Date());
    setServices(makeServices(store, config, now));
    const host = await startLocalHost({
      ...(options.port === undefined ? {} : { port: options.port }),
      corsOrigins: config.corsOrigins,
    });
    const keys: LocalKey[] = [];
    if ((await store.keys.list()).length === 0) {
      const board = await bootstrapBoardKey(store, now());
      keys.push(board);
      if (options.seed !== false) {
        const deadline = new Date(now().getTime() + 30 * 86_400_000);
        keys.push(...(await seedSamples(host.url, board.key, options.repoDir ?? process.cwd(), deadline)));
      }
    }
    return {
      url: host.url,
      keys,
      store,
      tables,
      connectionString: azurite.connectionString,
      stop: async () => {
        await host.close();
        await azurite.stop();
      },
    };
  } catch (e) {
    await azurite.stop();
    throw e;
  }
}
