import { HttpRequest } from "@azure/functions";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import type { IdentityMapping } from "../../../core/identity";
import type { IdentityMappingRepository, Stored, ThiDuaStore } from "../../../core/ports";
import { entraAuthenticator, principalOf } from "../../../functions/src/auth/entraAuthenticator";
import type { EntraConfig } from "../../../functions/src/auth/entraId";
import {
  MAPPING_CACHE_MS,
  forgetIdentityMapping,
  loadIdentityMapping,
} from "../../../functions/src/auth/loadIdentityMapping";
import { ConfigSchema } from "../../../functions/src/config";
import type { Services } from "../../../functions/src/services";
import { makeServices } from "../../../functions/src/services";
import { API_URI, CLIENT_ID, NOW, TENANT, USER, goodClaims, makeKey, sign } from "./entraId/entraTokenKit";

/** An in-memory mapping store that counts reads; the rest of the store is never touched by sign-in. */
function mappingStore(mapping: IdentityMapping | null) {
  let stored: Stored<IdentityMapping> | null = mapping === null ? null : { value: mapping, etag: "e1" };
  const reads = { count: 0 };
  const repository: IdentityMappingRepository = {
    get: async () => {
      reads.count++;
      return stored;
    },
    put: async (value) => {
      stored = { value, etag: "e2" };
    },
  };
  return { store: { identityMapping: repository } as unknown as ThiDuaStore, reads };
}

const MAPPING: IdentityMapping = {
  formatVersion: 1,
  entries: [{ tenantId: TENANT, objectId: USER, role: "leader", blocId: "khoi-a", unitId: "so-tu-phap" }],
};

/** A loopback port nothing listens on: a key set there cannot be fetched. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function services(
  entra: EntraConfig,
  mapping: IdentityMapping | null = MAPPING,
  clock = { at: NOW },
): Services {
  const { store } = mappingStore(mapping);
  return makeServices(store, ConfigSchema.parse({ storage: "x", entra }), () => clock.at);
}

const request = (authorization?: string) =>
  new HttpRequest({
    method: "GET",
    url: "http://localhost/api/me",
    headers: authorization === undefined ? {} : { authorization },
  });

describe("entraAuthenticator", () => {
  it("When Entra is off, or the request carries an access key, then it skips", async () => {
    const off = services({ enabled: false });
    const token = await sign(await makeKey("k"), goodClaims());
    expect(await entraAuthenticator(request(`Bearer ${token}`), off)).toEqual({ kind: "skip" });
    const on = services({
      enabled: true,
      tenantIds: [TENANT],
      audiences: [CLIENT_ID],
      clockToleranceSeconds: 60,
    });
    expect(
      await entraAuthenticator(request("Bearer tdk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAA"), on),
    ).toEqual({
      kind: "skip",
    });
    expect(await entraAuthenticator(request(), on)).toEqual({ kind: "skip" });
  });

  it("When Microsoft's keys cannot be fetched, then 503 unavailable with Retry-After, not a sign-in error", async () => {
    const port = await closedPort();
    const svc = services({
      enabled: true,
      tenantIds: [TENANT],
      audiences: [CLIENT_ID, API_URI],
      jwksUrl: `http://127.0.0.1:${port}/{tenantId}/keys`,
      clockToleranceSeconds: 60,
    });
    const token = await sign(await makeKey("k"), goodClaims());
    const outcome = await entraAuthenticator(request(`Bearer ${token}`), svc);
    expect(outcome).toEqual({
      kind: "refused",
      problem: {
        error: "unavailable",
        message: { vi: expect.stringContaining("thử lại"), en: expect.stringContaining("Try again") },
        details: [
          {
            path: "Authorization",
            message: expect.objectContaining({ en: expect.stringContaining("keys-unavailable") }),
          },
        ],
      },
      headers: { "retry-after": "30" },
    });
  });
});

describe("principalOf", () => {
  it("When the chosen role is a unit's, then the principal names bloc and unit and no period or year", () => {
    expect(
      principalOf(USER, { role: "leader", blocId: "khoi-a", unitId: "so-tu-phap", matchedBy: "user" }),
    ).toEqual({
      actor: `entra:${USER}`,
      role: "leader",
      blocId: "khoi-a",
      unitId: "so-tu-phap",
      periodId: null,
      year: null,
    });
  });

  it("When the role is the board's or an observer's without unit, then bloc and unit are null as the access rules expect", () => {
    expect(principalOf(USER, { role: "board", matchedBy: "group" })).toMatchObject({
      blocId: null,
      unitId: null,
    });
    expect(principalOf(USER, { role: "observer", blocId: "khoi-b", matchedBy: "user" })).toMatchObject({
      blocId: "khoi-b",
      unitId: null,
    });
  });
});

describe("loadIdentityMapping", () => {
  it("When asked again within the cache time, then storage is read once; after it, or after forget, again", async () => {
    const clock = { at: NOW };
    const { store, reads } = mappingStore(MAPPING);
    const svc = makeServices(store, ConfigSchema.parse({ storage: "x" }), () => clock.at);
    const first = await loadIdentityMapping(svc);
    expect(first.rules).toHaveLength(1);
    clock.at = new Date(NOW.getTime() + MAPPING_CACHE_MS - 1);
    await loadIdentityMapping(svc);
    expect(reads.count).toBe(1);
    clock.at = new Date(NOW.getTime() + MAPPING_CACHE_MS);
    await loadIdentityMapping(svc);
    expect(reads.count).toBe(2);
    forgetIdentityMapping(svc);
    await loadIdentityMapping(svc);
    expect(reads.count).toBe(3);
  });

  it("When no mapping was stored, then nobody is mapped", async () => {
    const svc = services({ enabled: false }, null);
    expect(await loadIdentityMapping(svc)).toEqual({ rules: [] });
  });
});
