import type { IdentityMapping } from "../../../core/identity";
import type { ThiDuaStore } from "../../../core/ports";
import { StoreConflictError, StoreStaleError } from "../../../core/ports";
import { createTableStore } from "../../../functions/src/storage/tableStore";
import type { Azurite } from "../../helpers/azurite";
import { startAzurite } from "../../helpers/azurite";

let azurite: Azurite;
let store: ThiDuaStore;

beforeAll(async () => {
  azurite = await startAzurite();
  store = (await createTableStore(azurite.connectionString)).store;
}, 60_000);
afterAll(async () => {
  await azurite?.stop();
});

const TENANT = "3F6D2A4B-8C1E-4F5A-9B7D-2E8C4A6F1B3D";
const mapping = (note: string): IdentityMapping => ({
  formatVersion: 1,
  entries: [
    {
      tenantId: TENANT,
      objectId: "5c2e8f1a-3b7d-4a9e-8f6c-1d4b7e2a9c3f",
      role: "member",
      blocId: "khoi-noi-chinh",
      unitId: "so-tu-phap",
      note,
    },
  ],
});

describe("identityMappingRepository over Azurite", () => {
  it("When nothing was stored, then get answers null", async () => {
    expect(await store.identityMapping.get()).toBeNull();
  });

  it("When created, then it reads back (Vietnamese intact, GUIDs lower case) with an ETag; a second create conflicts", async () => {
    await store.identityMapping.put(mapping("Văn thư Sở Tư pháp, Hà Giang"), null);
    const read = await store.identityMapping.get();
    expect(read?.value.entries[0]).toMatchObject({
      tenantId: TENANT.toLowerCase(),
      note: "Văn thư Sở Tư pháp, Hà Giang",
    });
    expect(read?.etag).toEqual(expect.any(String));
    await expect(store.identityMapping.put(mapping("again"), null)).rejects.toBeInstanceOf(
      StoreConflictError,
    );
  });

  it("When replaced under its ETag, then the new one is read; the old ETag is then stale", async () => {
    const first = await store.identityMapping.get();
    await store.identityMapping.put(mapping("Đổi nhiệm kỳ"), first!.etag);
    expect((await store.identityMapping.get())?.value.entries[0]?.note).toBe("Đổi nhiệm kỳ");
    await expect(store.identityMapping.put(mapping("lost update"), first!.etag)).rejects.toBeInstanceOf(
      StoreStaleError,
    );
    expect((await store.identityMapping.get())?.value.entries[0]?.note).toBe("Đổi nhiệm kỳ");
  });
});
