import { z } from "zod";

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
});
export type Config = z.infer<typeof ConfigSchema>;

/** Reads and validates the configuration from an environment (process.env by default). */
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
  });
}
