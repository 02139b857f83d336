import { parseArgs } from "node:util";
import type { Lang } from "../core/i18n";
import type { CliIo, CommonOptions } from "./cliIo";
import { errorMessage } from "./errorMessage";

/** Options of one command beyond the common ones, in `node:util` `parseArgs` form. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export type ParsedCommandArgs = CommonOptions & {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
};

/**
 * Parses a command's arguments strictly (unknown options are errors) with the common `--lang vi|en` and
 * `--json`. On a usage mistake it writes the reason and the usage line to stderr and returns `undefined`: the
 * caller exits with 2.
 */
export function parseCommandArgs(
  args: string[],
  io: CliIo,
  command: { usage: string },
  options: OptionSpec,
  positionals: { min: number; max: number },
): ParsedCommandArgs | undefined {
  const lang = guessLang(args);
  const fail = (vi: string, en: string) => {
    io.stderr.write(
      lang === "en"
        ? `thidua: ${en}\nUsage: thidua ${command.usage}\n`
        : `thidua: ${vi}\nCách dùng: thidua ${command.usage}\n`,
    );
    return undefined;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { ...options, lang: { type: "string" }, json: { type: "boolean" } },
    });
  } catch (error) {
    // Node appends a long hint about "--" to unknown options; the first sentence is the useful part.
    const reason = errorMessage(error).split(". To specify")[0] ?? "";
    return fail(`tham số không hợp lệ: ${reason}`, `invalid arguments: ${reason}`);
  }
  const { lang: langValue, json, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  if (langValue !== undefined && langValue !== "vi" && langValue !== "en") {
    return fail(
      `--lang chỉ nhận "vi" hoặc "en", không nhận "${String(langValue)}".`,
      `--lang takes "vi" or "en", not "${String(langValue)}".`,
    );
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) {
    return fail("thiếu tham số.", "missing arguments.");
  }
  if (count > positionals.max) {
    const extra = parsed.positionals.slice(positionals.max).join(" ");
    return fail(`thừa tham số: ${extra}`, `unexpected arguments: ${extra}`);
  }
  return { lang, json: json === true, values, positionals: parsed.positionals };
}

/** The language to speak in, read before strict parsing so that even a usage error uses it. */
function guessLang(args: readonly string[]): Lang {
  const i = args.indexOf("--lang");
  const english = (i >= 0 && args[i + 1] === "en") || args.includes("--lang=en");
  return english ? "en" : "vi";
}
