import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { remoteEntraKeys, verifyEntraToken } from "../../../../functions/src/auth/entraId";
import type { TestKey } from "./entraTokenKit";
import { OTHER_TENANT, TENANT, goodClaims, makeKey, options, sign, v2Issuer } from "./entraTokenKit";

/** A stand-in for login.microsoftonline.com on 127.0.0.1: each tenant's JWKS at its well-known path. */
let server: Server;
let base: string;
let key: TestKey;
const requests: string[] = [];

beforeAll(async () => {
  key = await makeKey("entra-remote-1");
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (request.url === `/${TENANT}/discovery/v2.0/keys`) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ keys: [key.jwk] }));
    } else {
      response.writeHead(500);
      response.end("server error");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(() => {
  requests.length = 0;
});

describe("remoteEntraKeys (the production path, createRemoteJWKSet over HTTP)", () => {
  it("When a token arrives, then the tenant's well-known keys are fetched once and cached for the next", async () => {
    const keys = remoteEntraKeys(`${base}/{tenantId}/discovery/v2.0/keys`);
    const first = await verifyEntraToken(await sign(key, goodClaims()), options(keys));
    const second = await verifyEntraToken(
      await sign(key, goodClaims({ name: "Trần Văn Nam" })),
      options(keys),
    );
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(requests).toEqual([`/${TENANT}/discovery/v2.0/keys`]);
  });

  it("When the key endpoint answers 500, then keys-unavailable (503)", async () => {
    const keys = remoteEntraKeys(`${base}/{tenantId}/discovery/v2.0/keys`);
    const token = await sign(key, goodClaims({ tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) }));
    const verified = await verifyEntraToken(token, options(keys, { tenantIds: [TENANT, OTHER_TENANT] }));
    expect(verified).toMatchObject({ ok: false, problem: { code: "keys-unavailable", status: 503 } });
    expect(requests).toEqual([`/${OTHER_TENANT}/discovery/v2.0/keys`]);
  });

  it("When nothing listens at the key URL, then keys-unavailable rather than an exception", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const keys = remoteEntraKeys(`http://127.0.0.1:${port}/{tenantId}/keys`);
    const verified = await verifyEntraToken(await sign(key, goodClaims()), options(keys));
    expect(verified).toMatchObject({ ok: false, problem: { code: "keys-unavailable" } });
  });

  it("When the tenant is not allowed, then no request reaches the key endpoint", async () => {
    const keys = remoteEntraKeys(`${base}/{tenantId}/discovery/v2.0/keys`);
    const token = await sign(key, goodClaims({ tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) }));
    expect(await verifyEntraToken(token, options(keys))).toMatchObject({
      problem: { code: "tenant-not-allowed" },
    });
    expect(requests).toEqual([]);
  });
});
