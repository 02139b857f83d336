import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Localized } from "../../core/i18n/localized";
import type { RankingFileOf } from "../../core/ranking/parseRankingFile";
import { parseRankingFile } from "../../core/ranking/parseRankingFile";
import type { RankingInputs } from "../../core/ranking/rankingInputs";
import type { RankingInputKind } from "../../core/ranking/rankingProblem";
import { readJsonFile } from "../readJsonFile";

/** The year-end folders of examples/ and the input kind `thidua rank` reads each as (`--reviews`, `--flags`…). */
export const YEAR_END_FOLDERS: readonly (readonly [folder: string, kind: RankingInputKind])[] = [
  ["reviews", "reviews"],
  ["cross", "cross"],
  ["votes", "votes"],
  ["history", "history"],
  ["flags", "eligibility"],
];

/** A problem in one year-end file, named by file and field. */
export type YearEndProblem = { file: string; path?: string; message: Localized };

export type YearEndFiles = {
  inputs: RankingInputs;
  /** The files found and read, as paths relative to `examplesDir`'s parent shown by the caller. */
  files: string[];
  problems: YearEndProblem[];
};

/**
 * Reads a bloc's year-end files (examples/<folder>/<template-id>.json: reviews, cross, votes, history, flags), each
 * optional, through the same parsers `thidua rank` uses. Never throws: a file that is not JSON or does not match
 * its schema comes back as problems naming the file and field, and is left out of the inputs.
 */
export async function readYearEndFiles(
  examplesDir: string,
  templateId: string,
  cwd: string,
): Promise<YearEndFiles> {
  const found: Partial<Record<RankingInputKind, RankingFileOf[RankingInputKind]>> = {};
  const files: string[] = [];
  const problems: YearEndProblem[] = [];
  for (const [folder, kind] of YEAR_END_FOLDERS) {
    const file = join(examplesDir, folder, `${templateId}.json`);
    if (!(await isFile(resolve(cwd, file)))) continue;
    files.push(file);
    const read = await readJsonFile(file, cwd);
    if (!read.ok) {
      problems.push({ file, message: read.message });
      continue;
    }
    const parsed = parseRankingFile(kind, read.value);
    if (parsed.ok) found[kind] = parsed.value;
    else for (const p of parsed.problems) problems.push({ file, path: p.path, message: p.message });
  }
  return { inputs: found as RankingInputs, files, problems };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
