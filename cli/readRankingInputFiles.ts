import type { Lang, Localized } from "../core/i18n";
import type { RankingFileOf } from "../core/ranking";
import { parseRankingFile } from "../core/ranking";
import type { RankingInputs } from "../core/ranking";
import type { RankingInputKind } from "../core/ranking";
import { readJsonFile } from "./readJsonFile";
import { say } from "./say";

/**
 * The optional year-end files (hồ sơ cuối năm) in the order the commands read them: the option name (`--flags F`),
 * which is also the examples/ folder name, and the input kind it is read as.
 */
export const RANKING_INPUT_OPTIONS: readonly (readonly [option: string, kind: RankingInputKind])[] = [
  ["reviews", "reviews"],
  ["cross", "cross"],
  ["votes", "votes"],
  ["history", "history"],
  ["flags", "eligibility"],
];

/** A problem in one year-end file: the file, the field path when the file was JSON, and what is wrong. */
export type RankingInputFileProblem = { file: string; path?: string; message: Localized };

export type ReadRankingInputFile<K extends RankingInputKind> =
  { ok: true; value: RankingFileOf[K] } | { ok: false; problems: RankingInputFileProblem[] };

/**
 * Reads one year-end file as `kind` (reviews, cross, votes, history, eligibility) through its core schema. Never
 * throws: an unreadable or non-JSON file is one problem without a path (its message already names the file);
 * a file that does not match the schema gives every problem with its field path.
 */
export async function readRankingInputFile<K extends RankingInputKind>(
  kind: K,
  file: string,
  cwd: string,
): Promise<ReadRankingInputFile<K>> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { ok: false, problems: [{ file, message: read.message }] };
  const parsed = parseRankingFile(kind, read.value);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, problems: parsed.problems.map((p) => ({ file, path: p.path, message: p.message })) };
}

/**
 * Reads the given year-end files (kind → file, each optional) into ranking inputs. A file with problems is left out
 * of the inputs and its problems are returned, so the caller can still rank with the others and exit 1.
 */
export async function readRankingInputFiles(
  files: Partial<Record<RankingInputKind, string>>,
  cwd: string,
): Promise<{ inputs: RankingInputs; problems: RankingInputFileProblem[] }> {
  const inputs: Partial<Record<RankingInputKind, RankingFileOf[RankingInputKind]>> = {};
  const problems: RankingInputFileProblem[] = [];
  for (const [, kind] of RANKING_INPUT_OPTIONS) {
    const file = files[kind];
    if (file === undefined) continue;
    const read = await readRankingInputFile(kind, file, cwd);
    if (read.ok) inputs[kind] = read.value;
    else problems.push(...read.problems);
  }
  return { inputs: inputs as RankingInputs, problems };
}

/** The year-end files named on a command line (`--reviews F`…), as `readRankingInputFiles` takes them. */
export function rankingInputFilesOf(
  values: Record<string, string | boolean | undefined>,
): Partial<Record<RankingInputKind, string>> {
  const files: Partial<Record<RankingInputKind, string>> = {};
  for (const [option, kind] of RANKING_INPUT_OPTIONS) {
    const file = values[option];
    if (typeof file === "string") files[kind] = file;
  }
  return files;
}

/** One problem as one line, "file: field: message" (an unreadable file's message already starts with the file). */
export function rankingInputProblemLine(problem: RankingInputFileProblem, lang: Lang): string {
  const text = say(lang, problem.message);
  return problem.path === undefined ? text : `${problem.file}: ${problem.path}: ${text}`;
}
