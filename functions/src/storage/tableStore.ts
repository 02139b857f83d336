import type { ThiDuaStore } from "../../../core/ports";
import { auditRepository } from "./auditRepository";
import { blocRepository } from "./blocRepository";
import { decisionRepository } from "./decisionRepository";
import { identityMappingRepository } from "./identityMappingRepository";
import { inputRepository } from "./inputRepository";
import { keyRepository } from "./keyRepository";
import { periodRepository } from "./periodRepository";
import { resultRepository } from "./resultRepository";
import { returnRepository } from "./returnRepository";
import { templateRepository } from "./templateRepository";
import type { Tables } from "./tables";
import { ensureTables, openTables } from "./tables";

/** The store over Azure Table Storage (or Azurite): every table created if missing. */
export async function createTableStore(
  connectionString: string,
  prefix?: string,
): Promise<{ store: ThiDuaStore; tables: Tables }> {
  const tables = openTables(connectionString, prefix);
  await ensureTables(tables);
  return {
    tables,
    store: {
      blocs: blocRepository(tables),
      templates: templateRepository(tables),
      periods: periodRepository(tables),
      returns: returnRepository(tables),
      inputs: inputRepository(tables),
      results: resultRepository(tables),
      decisions: decisionRepository(tables),
      keys: keyRepository(tables),
      audit: auditRepository(tables),
      identityMapping: identityMappingRepository(tables),
    },
  };
}
