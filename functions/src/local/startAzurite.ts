import { spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { dirname, join } from "node:path";

/** A running Azurite table service: its port, a connection string to it, and how to stop it. */
export type AzuriteProcess = { port: number; connectionString: string; stop: () => Promise<void> };

/** The development account's well-known key (public: Azurite's documented default account). */
const DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** The connection string of the development account on a loopback table port. */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

/** A free loopback port, asked of the OS. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? done(address.port)
          : fail(new Error("no free port")),
      );
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/**
 * Starts Azurite's table service as a child process on a loopback port (free unless given), in memory or with its
 * data in `location`, without telemetry; resolves once it accepts connections. `stop` ends that process only.
 */
export async function startAzurite(
  options: { port?: number; location?: string } = {},
): Promise<AzuriteProcess> {
  const port = options.port ?? (await freePort());
  const main = join(dirname(require.resolve("azurite/package.json")), "dist/src/table/main.js");
  const args = [
    main,
    "--silent",
    "--disableTelemetry",
    "--skipApiVersionCheck",
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(port),
  ];
  args.push(
    ...(options.location === undefined ? ["--inMemoryPersistence"] : ["--location", options.location]),
  );
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill();
    });
  const started = Date.now();
  while (!(await canConnect(port))) {
    if (child.exitCode !== null) throw new Error(`Azurite exited (${child.exitCode}): ${stderr}`);
    if (Date.now() - started > 20_000) {
      await stop();
      throw new Error(`Azurite did not start on port ${port}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, connectionString: azuriteConnectionString(port), stop };
}
