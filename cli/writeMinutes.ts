import { resolve } from "node:path";
import type { Lang } from "../core/i18n";
import type { RankingResult } from "../core/ranking";
import { minutesOptionsOf, minutesWorkbookPlan } from "../core/sheets";
import type { CompiledTemplate } from "../core/template";
import type { CliIo } from "./cliIo";
import { errorMessage } from "./errorMessage";
import { writeOutput } from "./writeOutput";
import { writeXlsxBuffer } from "./xlsx/renderXlsx";

/**
 * Writes the draft minutes of the meeting (biên bản, one A4 portrait sheet) for a ranking result to `path`, through
 * writeOutput (never over an input, nor over a file thidua did not write unless `--force`). Says why on stderr and
 * returns false when it could not.
 */
export async function writeMinutes(
  path: string,
  compiled: CompiledTemplate,
  result: RankingResult,
  context: { args: readonly string[]; io: CliIo; lang: Lang },
): Promise<boolean> {
  const { args, io, lang } = context;
  try {
    if (!path.toLowerCase().endsWith(".xlsx"))
      throw new Error(
        lang === "en"
          ? "name a file ending in .xlsx (the minutes are a workbook)"
          : "hãy đặt tên tệp có đuôi .xlsx (biên bản là một bảng tính)",
      );
    const plan = minutesWorkbookPlan(result, minutesOptionsOf(compiled, lang));
    await writeOutput(resolve(io.cwd, path), await writeXlsxBuffer(plan), { args, cwd: io.cwd, lang });
    return true;
  } catch (error) {
    io.stderr.write(
      `thidua: ${lang === "en" ? "could not write" : "không ghi được"} ${path}: ${errorMessage(error)}\n`,
    );
    return false;
  }
}
