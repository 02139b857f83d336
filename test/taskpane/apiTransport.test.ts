import { ApiError, apiUrl, fetchTransport } from "../../src-taskpane/api/apiTransport";

type Call = { url: string; init: RequestInit };

function recordingFetch(status: number, body: string, etag?: string) {
  const calls: Call[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status, headers: etag ? { ETag: etag } : {} });
  };
  return { calls, fetchImpl };
}

describe("the API transport seam", () => {
  it("joins the injected base and the path with one slash, or stays on the pane's origin", () => {
    expect(apiUrl("/returns", "https://api.example.vn/api/")).toBe("https://api.example.vn/api/returns");
    expect(apiUrl("returns", "")).toBe("/returns");
  });

  it("sends JSON with the idempotency key, the ETag and the token, and returns the body and new ETag", async () => {
    const { calls, fetchImpl } = recordingFetch(201, '{"receipt":"abc"}', '"v2"');
    const send = fetchTransport("https://api.example.vn", fetchImpl);
    const response = await send({
      method: "POST",
      path: "returns",
      body: { unitId: "so-tu-phap" },
      idempotencyKey: "k-1",
      etag: '"v1"',
      accessToken: "t",
    });
    expect(response).toEqual({ status: 201, etag: '"v2"', body: { receipt: "abc" } });
    expect(calls[0]?.url).toBe("https://api.example.vn/returns");
    expect(calls[0]?.init.headers).toMatchObject({
      "Content-Type": "application/json",
      "Idempotency-Key": "k-1",
      "If-Match": '"v1"',
      Authorization: "Bearer t",
    });
    expect(calls[0]?.init.body).toBe('{"unitId":"so-tu-phap"}');
  });

  it("throws every refused status as an ApiError carrying the body, even a proxy's HTML page", async () => {
    const send = fetchTransport("", recordingFetch(412, '{"problem":"stale"}').fetchImpl);
    await expect(send({ method: "PUT", path: "x" })).rejects.toMatchObject({
      status: 412,
      body: { problem: "stale" },
    });
    const html = fetchTransport("", recordingFetch(502, "<html>Bad gateway</html>").fetchImpl);
    await expect(html({ method: "GET", path: "x" })).rejects.toBeInstanceOf(ApiError);
  });
});
