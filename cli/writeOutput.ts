import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Lang, Localized } from "../core/i18n";
import { msg } from "../core/i18n";
import { isOurWorkbook } from "./xlsx/isOurWorkbook";

export type WriteOutputOptions = {
  /** The command's arguments: every one naming an existing file or folder (but the -o value) is an input. */
  args?: readonly string[];
  /** Where relative arguments are; the output path itself is resolved by the caller. */
  cwd: string;
  /** Replace a file thidua did not write (or that was edited since). Default: `--force` among the arguments. */
  force?: boolean;
  /**
   * Whether the file already there is one thidua wrote and nobody edited since. Default: for .xlsx, our
   * workbook never saved by another program (isOurWorkbook); otherwise, the same bytes as the new ones.
   */
  ours?: (existing: Buffer) => boolean | Promise<boolean>;
  lang?: Lang;
};

/** A write that was refused or failed; its message is in the language asked for. */
export class WriteOutputError extends Error {
  constructor(
    readonly words: Localized,
    lang: Lang,
  ) {
    super(words[lang]);
  }
}

/**
 * Writes a command's output safely: never over one of the command's inputs (even with --force), never over a
 * file thidua did not write or that someone edited since (unless forced), and through a temporary file in the
 * same folder renamed into place, so an interrupted run leaves the old file or the new one, never half.
 */
export async function writeOutput(path: string, data: string | Uint8Array, options: WriteOutputOptions) {
  const lang = options.lang ?? "vi";
  const args = options.args ?? [];
  const force = options.force ?? args.includes("--force");
  const refuse = (words: Localized) => new WriteOutputError(words, lang);
  const target = resolve(options.cwd, path);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    throw refuse(msg(`${path} đã có và không phải là tệp.`, `${path} exists and is not a file.`));
  }
  if (existing && (await isInput(target, existing, args, options.cwd))) {
    throw refuse(
      msg(
        `không ghi đè ${path}: đó là một tệp đầu vào của lệnh; hãy chọn tên tệp khác cho -o.`,
        `will not overwrite ${path}: it is one of the command's inputs; choose another name for -o.`,
      ),
    );
  }
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const ours = options.ours ?? (extname(target).toLowerCase() === ".xlsx" ? isOurWorkbook : sameAs(bytes));
  if (existing && !force && !(await ours(await readFile(target)))) {
    throw refuse(
      msg(
        `không ghi đè ${path}: tệp đã có, không do thidua ghi hoặc đã được sửa sau đó; thêm --force để thay nó.`,
        `will not overwrite ${path}: the file exists and was not written by thidua, or was edited since; add --force to replace it.`,
      ),
    );
  }
  await replaceFile(target, bytes);
}

function sameAs(bytes: Uint8Array): (existing: Buffer) => boolean {
  return (existing) => existing.equals(bytes);
}

/** Whether the target is the same file as an argument, or lies in a folder given as an argument. */
async function isInput(
  target: string,
  info: { dev: number; ino: number },
  args: readonly string[],
  cwd: string,
) {
  for (const arg of inputArguments(args)) {
    const input = await stat(resolve(cwd, arg)).catch(() => undefined);
    if (!input) continue;
    if (input.dev === info.dev && input.ino === info.ino) return true;
    if (input.isDirectory() && resolve(cwd, arg) === dirname(target)) return true;
  }
  return false;
}

/** Options whose value names an output (`rank --minutes F` writes F): never taken for an input. */
const OUTPUT_OPTIONS = ["-o", "--output", "--minutes"];

/** The arguments that may name inputs: all but the values of the output options and the options themselves. */
function inputArguments(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (OUTPUT_OPTIONS.includes(arg)) i++;
    else if (!arg.startsWith("-")) out.push(arg);
    else if (arg.includes("=") && !OUTPUT_OPTIONS.includes(arg.slice(0, arg.indexOf("="))))
      out.push(arg.slice(arg.indexOf("=") + 1));
  }
  return out;
}

async function replaceFile(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
