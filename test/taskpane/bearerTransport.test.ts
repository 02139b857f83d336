import type { ApiRequest } from "../../src-taskpane/api/apiTransport";
import { ApiError, fetchTransport } from "../../src-taskpane/api/apiTransport";
import { bearerTransport } from "../../src-taskpane/api/bearerTransport";
import { roleChoicesOf } from "../../src-taskpane/ui/connected/roleChoices";

describe("the bearer transport (Microsoft Entra ID)", () => {
  it("When a role was chosen, then fetch sends the token and the X-ThiDua-* headers", async () => {
    const sent: RequestInit[] = [];
    const raw = fetchTransport("https://api.example.vn/api", async (_url, init) => {
      sent.push(init);
      return new Response("{}", { status: 200 });
    });
    const send = bearerTransport(raw, async () => "eyJtoken", {
      blocId: "ha-giang-khoi-noi-chinh",
      role: "member",
      unitId: "so-tu-phap",
    });
    await send({ method: "GET", path: "me" });
    expect(sent[0]?.headers).toMatchObject({
      Authorization: "Bearer eyJtoken",
      "X-ThiDua-Bloc": "ha-giang-khoi-noi-chinh",
      "X-ThiDua-Role": "member",
      "X-ThiDua-Unit": "so-tu-phap",
    });
  });

  it("When no role was chosen, then no X-ThiDua-* header is sent", async () => {
    const sent: RequestInit[] = [];
    const raw = fetchTransport("", async (_url, init) => {
      sent.push(init);
      return new Response("{}", { status: 200 });
    });
    await bearerTransport(raw, async () => "eyJtoken", undefined)({ method: "GET", path: "me" });
    expect(Object.keys(sent[0]?.headers ?? {}).filter((h) => h.startsWith("X-ThiDua"))).toEqual([]);
  });

  it("When the server answers another refusal than 401, then it is not retried and no fresh token is asked", async () => {
    const requests: ApiRequest[] = [];
    const tokens = jest.fn(async () => "eyJtoken");
    const send = bearerTransport(
      async (request) => {
        requests.push(request);
        throw new ApiError(409, undefined);
      },
      tokens,
      undefined,
    );
    await expect(send({ method: "PUT", path: "x", body: {} })).rejects.toMatchObject({ status: 409 });
    expect(requests).toHaveLength(1);
    expect(tokens.mock.calls).toEqual([[{ fresh: false }]]);
  });
});

describe("the roles a 403 lists", () => {
  it("When a 403 is another refusal (not a role choice), then no choice is offered", () => {
    const forbidden = { error: "forbidden", message: { vi: "Không được", en: "No" }, details: [] };
    expect(roleChoicesOf(new ApiError(403, forbidden))).toEqual([]);
    expect(roleChoicesOf(new ApiError(401, forbidden))).toEqual([]);
    const mapped = {
      ...forbidden,
      details: [
        { path: "Authorization", message: { vi: "x", en: "Sign-in problem code: identity-not-mapped" } },
      ],
    };
    expect(roleChoicesOf(new ApiError(403, mapped))).toEqual([]);
  });

  it("When the board role (no bloc, no unit) is among them, then it is offered with its role only", () => {
    const words = "X-ThiDua-Role: board";
    const body = {
      error: "forbidden",
      message: { vi: "Chọn", en: "Choose" },
      details: [{ path: "choices[0]", message: { vi: words, en: words } }],
    };
    expect(roleChoicesOf(new ApiError(403, body))).toEqual([{ choice: { role: "board" } }]);
  });
});
