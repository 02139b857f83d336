import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Role } from "../../../core/access";

/** One issued key, as written to `local-keys.json`. */
export type LocalKey = {
  blocId: string | null;
  periodId: string | null;
  unitId: string | null;
  role: Role;
  key: string;
};

type SampleTemplate = {
  id: string;
  identity: { bloc: { id: string; name: string; kind?: "bloc" | "cluster" }; province: string; year: number };
  members: { id: string }[];
  leader?: string;
  deputy?: string;
};

async function call(url: string, key: string, method: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}/api/${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * Seeds the sample blocs through the API itself (so every step is checked and audited): for each template in
 * `templates/`, its bloc (with the sample history from `examples/history/` as imported history), the template,
 * its current period (deadline `deadline`), and a key for every member, the leader and the deputy.
 */
export async function seedSamples(
  url: string,
  boardKey: string,
  repoDir: string,
  deadline: Date,
): Promise<LocalKey[]> {
  const dir = join(repoDir, "templates");
  const keys: LocalKey[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "schema.json")
    .sort()) {
    const raw = JSON.parse(readFileSync(join(dir, file), "utf8")) as SampleTemplate;
    const { bloc, province, year } = raw.identity;
    const historyFile = join(repoDir, "examples", "history", file);
    const importedHistory = existsSync(historyFile)
      ? (JSON.parse(readFileSync(historyFile, "utf8")) as {
          terms?: { year: number; leader: string; deputy?: string }[];
        })
      : undefined;
    // The year's leader and deputy: the template's, else the sample history's term for that year.
    const term = importedHistory?.terms?.find((t) => t.year === year);
    const leader = raw.leader ?? term?.leader;
    const deputy = raw.deputy ?? term?.deputy;
    await call(url, boardKey, "PUT", `blocs/${bloc.id}`, {
      name: bloc.name,
      province,
      kind: bloc.kind ?? "bloc",
      terms: leader === undefined ? [] : [{ year, leader, ...(deputy === undefined ? {} : { deputy }) }],
      ...(importedHistory === undefined ? {} : { importedHistory }),
    });
    await call(url, boardKey, "POST", "templates", raw);
    const period = (await call(url, boardKey, "POST", "periods", {
      blocId: bloc.id,
      templateId: raw.id,
      deadline: deadline.toISOString(),
    })) as { periodId: string };
    const issue = async (role: Role, unitId: string) => {
      const expiresAt = new Date(deadline.getTime() + 365 * 86_400_000).toISOString();
      const k = (await call(url, boardKey, "POST", "keys", {
        role,
        blocId: bloc.id,
        unitId,
        periodId: null,
        year,
        expiresAt,
      })) as { key: string };
      keys.push({ blocId: bloc.id, periodId: period.periodId, unitId, role, key: k.key });
    };
    for (const m of raw.members) await issue("member", m.id);
    if (leader !== undefined) await issue("leader", leader);
    if (deputy !== undefined) await issue("deputy", deputy);
  }
  return keys;
}
