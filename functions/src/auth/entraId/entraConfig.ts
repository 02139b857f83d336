import { z } from "zod";
import type { Localized } from "../../../../core/i18n";
import { msg } from "../../../../core/i18n";
import { GUID_PATTERN } from "../../../../core/identity";
import { TENANT_PLACEHOLDER } from "./entraEndpoints";

/** Microsoft Entra ID sign-in, as the board configured it; disabled means access keys only. */
export type EntraConfig =
  | { enabled: false }
  | {
      enabled: true;
      /** Lower-case tenant ids (`tid`) allowed to sign in. */
      tenantIds: string[];
      /** Accepted `aud`: the API's application ID URI (`api://…`) and/or client id. */
      audiences: string[];
      /** Overrides the keys URL (a sovereign cloud, a test server); `{tenantId}` is filled in. */
      jwksUrl?: string;
      clockToleranceSeconds: number;
      requiredScope?: string;
    };

export const ENTRA_SETTINGS = [
  "ENTRA_ENABLED",
  "ENTRA_TENANT_IDS",
  "ENTRA_AUDIENCES",
  "ENTRA_JWKS_URL",
  "ENTRA_CLOCK_TOLERANCE_SECONDS",
  "ENTRA_REQUIRED_SCOPE",
] as const;
type Setting = (typeof ENTRA_SETTINGS)[number];

/** One wrong or missing setting, named, with what it should hold. */
export type EntraConfigProblem = { setting: Setting; message: Localized };

const commaList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(z.array(item).min(1).max(50));

const isLoopback = (url: URL) => ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);

const JwksUrlSchema = z.string().refine((text) => {
  try {
    const url = new URL(text.split(TENANT_PLACEHOLDER).join("00000000-0000-0000-0000-000000000000"));
    return url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url));
  } catch {
    return false;
  }
});

const EnabledSchema = z.object({
  ENTRA_ENABLED: z.literal("true"),
  ENTRA_TENANT_IDS: commaList(z.string().regex(GUID_PATTERN)),
  ENTRA_AUDIENCES: commaList(z.string().max(200)),
  ENTRA_JWKS_URL: JwksUrlSchema.optional(),
  ENTRA_CLOCK_TOLERANCE_SECONDS: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().max(300))
    .default(60),
  ENTRA_REQUIRED_SCOPE: z
    .string()
    .regex(/^[A-Za-z0-9._:/-]{1,100}$/)
    .optional(),
});

/** What each setting should hold, in the two languages; every problem message ends with it. */
const EXPECTED: Record<Setting, Localized> = {
  ENTRA_ENABLED: msg("true hoặc false", "true or false"),
  ENTRA_TENANT_IDS: msg(
    "các mã tổ chức (tenant ID, GUID) được phép đăng nhập, cách nhau bằng dấu phẩy",
    "the tenant IDs (GUIDs) allowed to sign in, comma-separated",
  ),
  ENTRA_AUDIENCES: msg(
    "Application ID URI của API (api://…) và/hoặc client ID, cách nhau bằng dấu phẩy",
    "the API's application ID URI (api://…) and/or client ID, comma-separated",
  ),
  ENTRA_JWKS_URL: msg(
    "một địa chỉ https:// (http:// chỉ với 127.0.0.1 hoặc localhost), có thể chứa {tenantId}",
    "an https:// URL (http:// only for 127.0.0.1 or localhost), which may contain {tenantId}",
  ),
  ENTRA_CLOCK_TOLERANCE_SECONDS: msg("số giây nguyên từ 0 đến 300", "whole seconds from 0 to 300"),
  ENTRA_REQUIRED_SCOPE: msg(
    "tên một quyền ủy quyền, ví dụ access_as_user",
    "a delegated scope, e.g. access_as_user",
  ),
};

/**
 * Reads the Entra settings from the environment: absent `ENTRA_ENABLED` (or `false`) disables Entra; `true`
 * requires the tenant allow-list and audiences. Every wrong setting is named at once; nothing is defaulted silently
 * except the clock tolerance (60 s).
 */
export function parseEntraConfig(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: EntraConfig } | { ok: false; problems: EntraConfigProblem[] } {
  const given = Object.fromEntries(
    ENTRA_SETTINGS.flatMap((name) => {
      const value = env[name]?.trim();
      return value === undefined || value === "" ? [] : [[name, value]];
    }),
  ) as Partial<Record<Setting, string>>;
  if (given.ENTRA_ENABLED === "false") return { ok: true, config: { enabled: false } };
  if (given.ENTRA_ENABLED === undefined) {
    const stray = ENTRA_SETTINGS.filter((name) => given[name] !== undefined);
    if (stray.length === 0) return { ok: true, config: { enabled: false } };
    return { ok: false, problems: [halfConfigured(stray)] };
  }
  const parsed = EnabledSchema.safeParse(given);
  if (!parsed.success) {
    const settings = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as Setting))];
    return { ok: false, problems: settings.map((setting) => wrongSetting(setting, given[setting])) };
  }
  const s = parsed.data;
  return {
    ok: true,
    config: {
      enabled: true,
      tenantIds: [...new Set(s.ENTRA_TENANT_IDS.map((id) => id.toLowerCase()))],
      audiences: [...new Set(s.ENTRA_AUDIENCES)],
      ...(s.ENTRA_JWKS_URL === undefined ? {} : { jwksUrl: s.ENTRA_JWKS_URL }),
      clockToleranceSeconds: s.ENTRA_CLOCK_TOLERANCE_SECONDS,
      ...(s.ENTRA_REQUIRED_SCOPE === undefined ? {} : { requiredScope: s.ENTRA_REQUIRED_SCOPE }),
    },
  };
}

/** Entra settings, read once at start; throws with every problem (Vietnamese first) when any is wrong. */
export function readEntraConfig(env: Readonly<Record<string, string | undefined>>): EntraConfig {
  const parsed = parseEntraConfig(env);
  if (parsed.ok) return parsed.config;
  const lines = (lang: keyof Localized) => parsed.problems.map((p) => `- ${p.message[lang]}`).join("\n");
  throw new Error(
    `Cấu hình đăng nhập Microsoft Entra ID không hợp lệ:\n${lines("vi")}\n` +
      `Invalid Microsoft Entra ID sign-in settings:\n${lines("en")}`,
  );
}

function wrongSetting(setting: Setting, value: string | undefined): EntraConfigProblem {
  const expected = EXPECTED[setting];
  return {
    setting,
    message:
      value === undefined
        ? msg(`Thiếu ${setting}: cần ${expected.vi}.`, `${setting} is missing: expected ${expected.en}.`)
        : msg(
            `${setting}=${JSON.stringify(value)} không hợp lệ: cần ${expected.vi}.`,
            `${setting}=${JSON.stringify(value)} is invalid: expected ${expected.en}.`,
          ),
  };
}

function halfConfigured(stray: readonly Setting[]): EntraConfigProblem {
  return {
    setting: "ENTRA_ENABLED",
    message: msg(
      `Đã đặt ${stray.join(", ")} nhưng chưa bật Entra ID: đặt ENTRA_ENABLED=true để bật, hoặc ENTRA_ENABLED=false (hay xoá các thiết lập đó) để chỉ dùng khoá truy cập.`,
      `${stray.join(", ")} set but Entra ID is not enabled: set ENTRA_ENABLED=true to enable it, or ENTRA_ENABLED=false (or remove them) to use access keys only.`,
    ),
  };
}
