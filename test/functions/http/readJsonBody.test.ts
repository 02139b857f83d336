import { HttpRequest } from "@azure/functions";
import { z } from "zod";
import { ApiError } from "../../../functions/src/http/apiError";
import { readJsonBody } from "../../../functions/src/http/readJsonBody";

const Body = z.strictObject({ reason: z.string().min(1) });

function request(body: string, headers: Record<string, string> = {}): HttpRequest {
  return new HttpRequest({ method: "POST", url: "http://localhost/api/x", headers, body: { string: body } });
}

async function problemOf(run: Promise<unknown>) {
  try {
    await run;
  } catch (e) {
    if (e instanceof ApiError) return e.problem;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("readJsonBody", () => {
  it("When the body is valid, then it is parsed with the strict schema", async () => {
    await expect(readJsonBody(request('{"reason":"có lý do"}'), Body, 1000)).resolves.toEqual({
      reason: "có lý do",
    });
  });

  it("When the declared or actual size passes the limit, then 413 before any parsing", async () => {
    expect(
      (await problemOf(readJsonBody(request("{}", { "content-length": "5000" }), Body, 1000))).error,
    ).toBe("too-large");
    expect(
      (await problemOf(readJsonBody(request(`{"reason":"${"x".repeat(2000)}"}`), Body, 1000))).error,
    ).toBe("too-large");
  });

  it("When the body is not JSON, then 400 saying so", async () => {
    const p = await problemOf(readJsonBody(request("{ reason:"), Body, 1000));
    expect(p.error).toBe("validation");
    expect(p.message.en).toBe("The body is not valid JSON.");
  });

  it("When a field is named twice, or nesting is deep, or the bytes are not UTF-8, then 400 with the place", async () => {
    const twice = await problemOf(readJsonBody(request('{"reason":"a","reason":"b"}'), Body, 1000));
    expect(twice.error).toBe("validation");
    expect(twice.details[0]?.path).toBe("reason");
    expect(twice.details[0]?.message.vi).toMatch(/reason/);
    const deep = await problemOf(
      readJsonBody(request(`${"[".repeat(5000)}${"]".repeat(5000)}`), Body, 20_000),
    );
    expect(deep.error).toBe("validation");
    expect(deep.details[0]?.message.en).toMatch(/deep|nest/i);
    const latin1 = new HttpRequest({
      method: "POST",
      url: "http://localhost/api/x",
      body: { bytes: Uint8Array.from([0x7b, 0x22, 0x72, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]) },
    });
    expect((await problemOf(readJsonBody(latin1, Body, 1000))).message.en).toBe(
      "The body is not UTF-8 text.",
    );
  });

  it("When a field is unknown or empty, then 400 naming each path", async () => {
    const p = await problemOf(readJsonBody(request('{"reason":"","total":100}'), Body, 1000));
    expect(p.error).toBe("validation");
    expect(p.details.map((d) => d.path).sort()).toEqual(["(body)", "reason"]);
  });
});
