import "../../functions/src/local/quietTestMode";
import { HttpRequest, InvocationContext } from "@azure/functions";
import type { ThiDuaStore } from "../../core/ports";
import { ConfigSchema } from "../../functions/src/config";
import { getHealth } from "../../functions/src/functions/getHealth";
import { putReturn } from "../../functions/src/functions/putReturn";
import { matchRoute } from "../../functions/src/localHost";
import { makeServices, setServices } from "../../functions/src/services";

/** A store every call of which fails the test: the handlers below must answer without touching storage. */
const untouchable = new Proxy({} as ThiDuaStore, {
  get: (_t, repo) =>
    new Proxy(
      {},
      {
        get: (_r, method) => () =>
          Promise.reject(new Error(`storage touched: ${String(repo)}.${String(method)}`)),
      },
    ),
});

beforeAll(() => {
  const config = ConfigSchema.parse({ storage: "unused", corsOrigins: ["https://pane.example.vn"] });
  setServices(makeServices(untouchable, config, () => new Date("2022-11-20T00:00:00.000Z")));
});

const context = () => new InvocationContext({ functionName: "test" });

describe("handlers called directly with HttpRequest and InvocationContext", () => {
  it("When health is asked from the pane's origin, then it answers with the server time and the exact origin", async () => {
    const res = await getHealth(
      new HttpRequest({
        method: "GET",
        url: "http://localhost/api/health",
        headers: { origin: "https://pane.example.vn" },
      }),
      context(),
    );
    expect(res.status).toBe(200);
    expect(res.jsonBody).toEqual({ status: "ok", time: "2022-11-20T00:00:00.000Z" });
    expect((res.headers as Record<string, string>)["access-control-allow-origin"]).toBe(
      "https://pane.example.vn",
    );
  });

  it("When a return comes without a credential, then 401 in the problem format and storage is never reached", async () => {
    const res = await putReturn(
      new HttpRequest({
        method: "PUT",
        url: "http://localhost/api/periods/p/returns/u",
        params: { periodId: "p", unitId: "u" },
        body: { string: "{}" },
      }),
      context(),
    );
    expect(res.status).toBe(401);
    expect(res.jsonBody).toMatchObject({ error: "unauthenticated", details: [] });
    expect((res.jsonBody as { message: { vi: string } }).message.vi).toContain("khóa truy cập");
  });

  it("When a malformed key is sent, then 401 without a storage lookup", async () => {
    const res = await putReturn(
      new HttpRequest({
        method: "PUT",
        url: "http://localhost/api/periods/p/returns/u",
        headers: { authorization: "Bearer tdk_short" },
        params: { periodId: "p", unitId: "u" },
      }),
      context(),
    );
    expect(res.status).toBe(401);
  });
});

describe("matchRoute", () => {
  it("When a path matches the route table, then its name and decoded parameters come back; otherwise null", () => {
    expect(matchRoute("PUT", "/api/periods/p-2022/returns/so-tu-phap")).toEqual({
      name: "putReturn",
      params: { periodId: "p-2022", unitId: "so-tu-phap" },
    });
    expect(matchRoute("GET", "/api/periods/p-2022/returns")).toEqual({
      name: "listReturns",
      params: { periodId: "p-2022" },
    });
    expect(matchRoute("DELETE", "/api/periods/p-2022")).toBeNull();
  });
});
