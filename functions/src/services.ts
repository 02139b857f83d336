import { randomBytes } from "node:crypto";
import type { ThiDuaStore } from "../../core/ports";
import { addAuthenticator } from "./auth/authenticate";
import { entraAuthenticator } from "./auth/entraAuthenticator";
import type { Config } from "./config";
import { readConfig } from "./config";
import { createTableStore } from "./storage/tableStore";

/** What every handler works with: storage, the clock, the configuration, sign-in failures by client. */
export type Services = {
  store: ThiDuaStore;
  config: Config;
  now: () => Date;
  /** A new time-ordered id (inputs' row keys). */
  newId: () => string;
  /** Failed sign-in times (epoch ms) per client, for throttling; per process. */
  failures: Map<string, number[]>;
};

let current: Promise<Services> | undefined;

/**
 * Builds services over a store (the local host and tests pass their own clock). Microsoft Entra ID sign-in is
 * registered beside access keys only when the configuration enables it.
 */
export function makeServices(
  store: ThiDuaStore,
  config: Config,
  now: () => Date = () => new Date(),
): Services {
  if (config.entra.enabled) addAuthenticator(entraAuthenticator);
  return {
    store,
    config,
    now,
    newId: () => `${now().getTime().toString().padStart(15, "0")}-${randomBytes(6).toString("hex")}`,
    failures: new Map(),
  };
}

/** Installs the services handlers use (the local host, tests). */
export function setServices(services: Services): void {
  current = Promise.resolve(services);
}

/** The services, built from the environment the first time when none were installed (in Azure). */
export function getServices(): Promise<Services> {
  current ??= (async () => {
    const config = readConfig();
    const { store } = await createTableStore(config.storage, config.tablePrefix);
    return makeServices(store, config);
  })();
  return current;
}
