import type { LocalApi } from "../../functions/src/local/startLocalApi";

/** A response as the tests read it: status, headers and the parsed JSON body. */
export type Answer = { status: number; headers: Headers; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls the local API with an optional key, JSON body (or raw text) and headers. */
export async function callApi(
  api: Pick<LocalApi, "url">,
  method: string,
  path: string,
  options: { key?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${api.url}/api/${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === "" ? null : JSON.parse(text) };
}

/** The key seeded for a unit and role. */
export function keyOf(api: LocalApi, role: string, unitId: string | null, blocId?: string): string {
  const k = api.keys.find(
    (x) => x.role === role && x.unitId === unitId && (blocId === undefined || x.blocId === blocId),
  );
  if (k === undefined) throw new Error(`no ${role} key for ${unitId}`);
  return k.key;
}
