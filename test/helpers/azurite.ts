import type { AzuriteProcess } from "../../functions/src/local/startAzurite";
import { startAzurite } from "../../functions/src/local/startAzurite";

export type Azurite = AzuriteProcess;
export { azuriteConnectionString, freePort } from "../../functions/src/local/startAzurite";

/** Starts Azurite's table service in memory on a free loopback port (the functions' launcher, shared with `npm run api`). */
export function startTestAzurite(): Promise<Azurite> {
  return startAzurite();
}

export { startAzurite };
