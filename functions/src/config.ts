import { z } from "zod";
import type { EntraConfig } from "./auth/entraId";
import { readEntraConfig } from "./auth/entraId";

/** The back end's settings, from the environment once, validated: a missing storage connection fails at start. */
export const ConfigSchema = z.strictObject({
  /** Table Storage (or Azurite) connection string. */
  storage: z.string().min(1, { message: "THIDUA_STORAGE is required (Table Storage connection string)" }),
  /** Table name prefix (letters only). */
  tablePrefix: z
    .string()
    .regex(/^[a-z][a-z0-9]{0,20}$/)
    .default("thidua"),
  /** Exact origins allowed by CORS (the task pane's), never a wildcard. */
  corsOrigins: z.array(z.url()).default([]),
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes: z.number().int().min(1024).max(4_000_000).default(262_144),
  /** Microsoft Entra ID sign-in (`ENTRA_*`, checked by `readEntraConfig`); off unless configured. */
  entra: z
    .custom<EntraConfig>((value) => typeof (value as { enabled?: unknown } | null)?.enabled === "boolean")
    .default({ enabled: false }),
});
export type Config = z.infer<typeof ConfigSchema>;

/**
 * Reads and validates the configuration from an environment (process.env by default); throws at once on a wrong
 * setting, including a half-configured Entra ID.
 */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const origins =
    env.THIDUA_CORS_ORIGINS?.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "") ?? [];
  return ConfigSchema.parse({
    storage: env.THIDUA_STORAGE ?? "",
    ...(env.THIDUA_TABLE_PREFIX === undefined ? {} : { tablePrefix: env.THIDUA_TABLE_PREFIX }),
    corsOrigins: origins,
    ...(env.THIDUA_MAX_BODY_BYTES === undefined ? {} : { maxBodyBytes: Number(env.THIDUA_MAX_BODY_BYTES) }),
    entra: readEntraConfig(env),
  });
}
