import "./quietTestMode";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readEntraConfig } from "../auth/entraId";
import { startLocalApi } from "./startLocalApi";

/**
 * `npm run api -- [--port N] [--data DIR]`: Azurite with its data in DIR (default out/api-data/, delete it to start
 * over) and the local host; seeds the sample blocs when storage is empty and writes DIR/local-keys.json; Microsoft
 * Entra ID sign-in when the ENTRA_* settings turn it on; CORS for THIDUA_CORS_ORIGINS. Ctrl-C stops both.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: "string" }, data: { type: "string" } } });
  const dataDir = resolve(values.data ?? "out/api-data");
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`--port: cần một số cổng 1–65535 / a port number 1–65535, got "${values.port}"`);
    process.exit(2);
  }
  // The same ENTRA_* settings as in Azure (docs/auth.md), read once; a half-configured Entra stops here.
  const entra = readEntraConfig(process.env);
  // The pane's origins, as THIDUA_CORS_ORIGINS in Azure (`npm start` sets it to its dev server's).
  const corsOrigins = (process.env.THIDUA_CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  mkdirSync(dataDir, { recursive: true });
  const api = await startLocalApi({
    dataDir,
    repoDir: process.cwd(),
    entra,
    corsOrigins,
    ...(port === undefined ? {} : { port }),
  });
  const keysFile = join(dataDir, "local-keys.json");
  if (api.keys.length > 0) writeFileSync(keysFile, `${JSON.stringify(api.keys, null, 2)}\n`);
  console.log(`API: ${api.url}/api  (thử / try: curl ${api.url}/api/health)`);
  console.log(
    api.keys.length > 0
      ? `Khóa truy cập / access keys: ${keysFile}`
      : `Dữ liệu cũ trong ${dataDir}; khóa đã cấp ở ${keysFile} / existing data, keys in ${keysFile}`,
  );
  console.log("Ctrl-C để dừng / to stop.");
  const stop = () => {
    void api.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
