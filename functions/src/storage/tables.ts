import { TableClient } from "@azure/data-tables";

/** The tables the back end uses; names are letters only (Table Storage's rule), with an optional prefix. */
export const TABLE_NAMES = [
  "blocs",
  "templates",
  "periods",
  "returns",
  "inputs",
  "results",
  "decisions",
  "keys",
  "audit",
  "identity",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export type Tables = Record<TableName, TableClient>;

/** One client per table from a connection string; `allowInsecureConnection` only for a loopback Azurite. */
export function openTables(connectionString: string, prefix = "thidua"): Tables {
  const insecure = /TableEndpoint=http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(connectionString);
  const out = {} as Tables;
  for (const name of TABLE_NAMES)
    out[name] = TableClient.fromConnectionString(connectionString, `${prefix}${name}`, {
      allowInsecureConnection: insecure,
    });
  return out;
}

/** Creates every table that does not exist yet. */
export async function ensureTables(tables: Tables): Promise<void> {
  await Promise.all(Object.values(tables).map((t) => t.createTable()));
}

/** Every entity a query yields, following continuation pages. */
export async function queryAll(table: TableClient, filter: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const entity of table.listEntities({ queryOptions: { filter } })) out.push(entity);
  return out;
}
