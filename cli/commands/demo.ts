import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { formatNumber } from "../../core/i18n";
import type { Lang } from "../../core/i18n";
import type { RankedBloc, ReturnData } from "../../core/bloc";
import { rankBloc, scoreBloc } from "../../core/bloc";
import type { RankingInputs } from "../../core/ranking";
import type { RankingInputKind } from "../../core/ranking";
import type { RankingResult } from "../../core/ranking";
import type { UnitReturn } from "../../core/returns";
import type { ReturnProblem, ScoreResult } from "../../core/scoring";
import type { CompiledTemplate } from "../../core/template";
import { shortFingerprint } from "../../core/template";
import type { CliIo, Command } from "../cliIo";
import { writeDemoWorkbooks } from "../demo/writeDemoWorkbooks";
import { errorMessage } from "../errorMessage";
import { formatTable } from "../formatTable";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { readJsonFile } from "../readJsonFile";
import { RANKING_INPUT_OPTIONS, readRankingInputFiles } from "../readRankingInputFiles";
import { renderReturnProblems } from "../renderScore";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { rankingProblemPlace } from "../rankingProblemPlace";
import { say } from "../say";
import { renderRanking } from "./rank";

const USAGE =
  "demo [--templates DIR] [--examples DIR] [--out DIR | --no-workbooks] [--workbooks-for TEMPLATE-ID] [--lang vi|en] [--json]";

/** The bloc whose workbooks the demo writes unless `--workbooks-for` names another (the first valid one if absent). */
const WORKBOOK_BLOC = "ha-giang-khoi-noi-chinh-2022";

/**
 * What `--json` prints for one table: whether it is valid, its returns' scores and problems, the year-end files
 * read and the ranking (the same `RankingResult` as `thidua rank --json`).
 */
type DemoBloc = {
  file: string;
  ok: boolean;
  id?: string;
  fingerprint?: string;
  problems: unknown[];
  yearEndFiles: string[];
  ranking?: RankingResult;
  returns: {
    file: string;
    unitId?: string;
    baseScore?: number;
    bonus?: number;
    deductions?: number;
    total?: number;
    problems: unknown[];
  }[];
};

/** The repository root: the embedded sample templates and examples live there. */
const ROOT = resolve(__dirname, "..", "..");

/** One bloc's year as the demo ran it, kept for the workbooks. */
type BlocYear = {
  record: DemoBloc;
  compiled: CompiledTemplate;
  returns: UnitReturn[];
  inputs: RankingInputs;
  ranked: RankedBloc;
};

/**
 * `thidua demo`: the whole year on the embedded samples — checks every template in templates/, scores each bloc's
 * example returns (examples/returns/<template-id>/), ranks the bloc with its year-end files
 * (examples/{reviews,cross,votes,history,flags}/<template-id>.json) and writes one bloc's workbooks (each member's
 * scoring workbook in out/demo/<template-id>/, the leader's ranking workbook as out/demo/<template-id>-xep-hang.xlsx,
 * so that `thidua consolidate` can take the members' folder as it is). Exit 1 if any template, return or year-end
 * file has a problem, or a workbook cannot be written.
 */
export const demoCommand: Command = {
  name: "demo",
  summary: {
    vi: "Chạy thử cả năm trên dữ liệu mẫu: kiểm tra bảng chấm điểm, chấm bản tự chấm, xếp hạng, đề nghị khen thưởng, ghi tệp Excel.",
    en: "Run a whole year on the samples: check the tables, score the returns, rank, propose awards, write the workbooks.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      {
        templates: { type: "string" },
        examples: { type: "string" },
        out: { type: "string" },
        "no-workbooks": { type: "boolean" },
        "workbooks-for": { type: "string" },
      },
      { min: 0, max: 0 },
    );
    if (!parsed) return 2;
    const { lang, json, values } = parsed;
    const en = lang === "en";
    if (
      values["no-workbooks"] === true &&
      (values.out !== undefined || values["workbooks-for"] !== undefined)
    ) {
      io.stderr.write(
        en
          ? `thidua: --no-workbooks cannot be combined with --out or --workbooks-for.\nUsage: thidua ${USAGE}\n`
          : `thidua: không dùng --no-workbooks cùng --out hoặc --workbooks-for.\nCách dùng: thidua ${USAGE}\n`,
      );
      return 2;
    }
    const templatesDir = resolve(io.cwd, stringOr(values.templates, join(ROOT, "templates")));
    const examplesDir = resolve(io.cwd, stringOr(values.examples, join(ROOT, "examples")));
    const outDir = stringOr(values.out, join("out", "demo"));
    const files = await jsonFiles(templatesDir, (f) => f !== "schema.json");
    if (files.length === 0) {
      io.stderr.write(
        en
          ? `thidua: no templates (*.json) in ${templatesDir}.\n`
          : `thidua: không có bảng chấm điểm (*.json) trong ${templatesDir}.\n`,
      );
      return 1;
    }
    let failed = 0;
    let scored = 0;
    const blocs: DemoBloc[] = [];
    const years: BlocYear[] = [];
    // With --json the text goes nowhere and the records are printed instead.
    const out = json ? { write: () => true } : io.stdout;
    for (const file of files) {
      const bloc: DemoBloc = { file, ok: true, problems: [], yearEndFiles: [], returns: [] };
      blocs.push(bloc);
      const year = await demoTemplate(
        join(templatesDir, file),
        examplesDir,
        { ...io, stdout: out },
        lang,
        bloc,
      );
      failed += year.failed;
      if (year.ranked) years.push(year.ranked);
      scored += bloc.returns.filter((r) => r.total !== undefined).length;
    }

    let written: string[] = [];
    if (values["no-workbooks"] !== true) {
      const wanted = stringOr(values["workbooks-for"], WORKBOOK_BLOC);
      const year =
        years.find((y) => y.compiled.template.id === wanted) ??
        (values["workbooks-for"] === undefined ? years[0] : undefined);
      if (!year) {
        failed += 1;
        io.stderr.write(
          en
            ? `thidua: no valid bloc "${wanted}" to write workbooks for.\n`
            : `thidua: không có khối hợp lệ "${wanted}" để ghi tệp Excel.\n`,
        );
      } else {
        try {
          const dir = resolve(io.cwd, outDir);
          written = await writeDemoWorkbooks(year.compiled, year.returns, year.inputs, year.ranked, dir);
          out.write(
            `${en ? "Workbooks of" : "Tệp Excel của"} ${year.compiled.template.identity.bloc.name} ${en ? "in" : "trong"} ${outDir}:\n` +
              written.map((f) => `  ${relative(dir, f)}\n`).join("") +
              "\n",
          );
        } catch (error) {
          failed += 1;
          io.stderr.write(
            `thidua: ${en ? "could not write the workbooks" : "không ghi được tệp Excel"} (${outDir}): ${errorMessage(error)}\n`,
          );
        }
      }
    }

    const ranked = years.length;
    if (json) {
      const shownFiles = written.map((f) => relative(io.cwd, f) || f);
      io.stdout.write(
        `${JSON.stringify({ ok: failed === 0, tables: files.length, scored, ranked, written: shownFiles, failed, blocs }, null, 2)}\n`,
      );
      return failed === 0 ? 0 : 1;
    }
    const mark = failed === 0 ? "✓" : "✗";
    io.stdout.write(
      en
        ? `${mark} ${files.length} tables checked, ${scored} returns scored, ${ranked} blocs ranked, ${written.length} files written, ${failed} with problems.\n`
        : `${mark} Đã kiểm tra ${files.length} bảng chấm điểm, chấm ${scored} bản tự chấm, xếp hạng ${ranked} khối, ghi ${written.length} tệp, ${failed} có lỗi.\n`,
    );
    return failed === 0 ? 0 : 1;
  },
};

/**
 * Checks one template, scores its example returns and ranks the bloc with its year-end files. Returns how many
 * things had problems (the table, each return, each year-end file, the ranking's own checks) and, when the table
 * is valid and has returns, the ranked year.
 */
async function demoTemplate(
  path: string,
  examplesDir: string,
  io: CliIo,
  lang: Lang,
  record: DemoBloc,
): Promise<{ failed: number; ranked?: BlocYear }> {
  const en = lang === "en";
  // The embedded samples are named from the repository root, wherever the command runs.
  const show = (p: string) => (p.startsWith(ROOT) ? relative(ROOT, p) : relative(io.cwd, p) || p);
  const shown = show(path);
  const loaded = await loadTemplateFile(path, io.cwd);
  record.file = shown;
  if (!loaded.ok) {
    Object.assign(record, { ok: false, problems: loaded.problems });
    io.stdout.write(`${renderTemplateProblems(shown, loaded.problems, lang)}\n`);
    return { failed: 1 };
  }
  const { compiled } = loaded;
  Object.assign(record, { id: compiled.template.id, fingerprint: compiled.fingerprint });
  const t = compiled.template;
  io.stdout.write(
    `✓ ${shown}: ${t.identity.bloc.name} ${t.identity.year}` +
      ` (${t.identity.period === "mid-year" ? (en ? "mid-year" : "sơ kết 6 tháng") : en ? "year-end" : "tổng kết năm"})` +
      ` · ${compiled.sections.length} ${en ? "sections" : "nội dung"} · ${t.members.length} ${en ? "members" : "đơn vị"}` +
      ` · ${en ? "fingerprint" : "vân tay"} ${shortFingerprint(compiled.fingerprint)}\n`,
  );
  let failed = 0;
  const yearEndFiles = await yearEndFilesOf(examplesDir, t.id);
  const yearEnd = await readRankingInputFiles(yearEndFiles, io.cwd);
  record.yearEndFiles = Object.values(yearEndFiles).map(show);
  if (yearEnd.problems.length > 0) {
    // One count per file with problems, as for returns.
    failed += new Set(yearEnd.problems.map((p) => p.file)).size;
    record.ok = false;
    record.problems.push(...yearEnd.problems.map((p) => ({ ...p, file: show(p.file) })));
    for (const p of yearEnd.problems)
      io.stdout.write(`  ${show(p.file)}${p.path ? ` ${p.path}` : ""}: ${say(lang, p.message)}\n`);
  }
  const { inputs } = yearEnd;
  const history = inputs.history?.awards;

  const returnsDir = join(examplesDir, "returns", t.id);
  const read: ReturnData[] = [];
  for (const file of await jsonFiles(returnsDir, () => true)) {
    const json = await readJsonFile(join(returnsDir, file), io.cwd);
    read.push(json.ok ? { source: file, data: json.value } : { source: file, unreadable: json.message });
  }
  // The use case scores the bloc; the ranking below says the bloc-level "history missing" once, so it is not
  // repeated on every return here (chosen by its type, not its words).
  const returns: { file: string; ret: UnitReturn }[] = [];
  const results: ScoreResult[] = [];
  for (const outcome of scoreBloc(compiled, read, { history })) {
    if (outcome.ok) {
      returns.push({ file: outcome.source, ret: outcome.unitReturn });
      results.push({ ...outcome.result, problems: outcome.result.problems.filter(isReturnOwn) });
      continue;
    }
    failed += 1;
    const problems = outcome.problems.map((p) => (p.type === "unreadable-file" ? { message: p.message } : p));
    record.returns.push({ file: outcome.source, problems });
    io.stdout.write(`  ${outcome.source}\n${indent(renderReturnProblems(problems, lang))}`);
  }
  if (read.length === 0) {
    io.stdout.write(en ? "  (no example returns)\n\n" : "  (chưa có bản tự chấm mẫu)\n\n");
    return { failed };
  }
  const num = (v: number) => formatNumber(v, lang);
  const names = new Map(t.members.map((m) => [m.id, m.shortName ?? m.name]));
  const order = new Map(t.members.map((m, i) => [m.id, i]));
  const rows = results
    .map((r, i) => ({ r, file: returns[i]?.file ?? "" }))
    .sort((a, b) => (order.get(a.r.unitId) ?? 1e9) - (order.get(b.r.unitId) ?? 1e9));
  const table = [
    en
      ? ["Unit", "Sections", "Bonus", "Deductions", "Total", "Problems"]
      : ["Đơn vị", "Điểm nội dung", "Thưởng", "Trừ", "Tổng điểm", "Lỗi"],
    ...rows.map(({ r }) => [
      names.get(r.unitId) ?? r.unitId,
      num(r.baseScore),
      num(r.bonus),
      num(r.deductions),
      num(r.total),
      String(r.problems.length),
    ]),
  ];
  // Every return refused (made on another table version…): no scores to show, the bloc is still ranked without them.
  if (rows.length > 0)
    io.stdout.write(
      formatTable(table, { header: true, align: ["left", "right", "right", "right", "right", "right"] })
        .split("\n")
        .map((l) => (l ? `  ${l}` : l))
        .join("\n"),
    );
  for (const { r, file } of rows) {
    const { unitId, baseScore, bonus, deductions, total, problems } = r;
    record.returns.push({ file, unitId, baseScore, bonus, deductions, total, problems });
    if (r.problems.length === 0) continue;
    failed += 1;
    io.stdout.write(
      `  ${file}\n${renderReturnProblems(r.problems, lang)
        .map((l) => `  ${l}`)
        .join("\n")}\n`,
    );
  }
  io.stdout.write("\n");

  let ranked: RankedBloc;
  try {
    ranked = rankBloc(
      compiled,
      returns.map((r) => ({ source: r.file, return: r.ret })),
      inputs,
    );
  } catch (error) {
    // rankBloc validates what it is given; reaching here is a bug, reported rather than crashing.
    record.ok = false;
    io.stdout.write(`  ${en ? "Ranking failed" : "Không xếp hạng được"}: ${errorMessage(error)}\n\n`);
    return { failed: failed + 1 };
  }
  const result = ranked.result;
  record.ranking = result;
  io.stdout.write(`${renderRanking(compiled, ranked, lang)}`);
  // Return problems were counted when scoring; the ranking adds those of the year-end records (unknown units, codes…).
  const own = result.problems.filter((p) => p.source !== "returns");
  if (own.length > 0) {
    const shownFiles = Object.fromEntries(Object.entries(yearEndFiles).map(([kind, f]) => [kind, show(f)]));
    failed += own.length;
    record.ok = false;
    io.stdout.write(`${en ? "Problems" : "Lỗi"}:\n`);
    for (const p of own)
      io.stdout.write(`- ${rankingProblemPlace(p, lang, shownFiles)}: ${say(lang, p.message)}\n`);
  }
  io.stdout.write("\n");
  return { failed, ranked: { record, compiled, returns: returns.map((r) => r.ret), inputs, ranked } };
}

/**
 * The bloc's year-end files that exist, examples/<option>/<template-id>.json (reviews, cross, votes, history,
 * flags), in the order `thidua rank` takes them as options.
 */
async function yearEndFilesOf(
  examplesDir: string,
  templateId: string,
): Promise<Partial<Record<RankingInputKind, string>>> {
  const files: Partial<Record<RankingInputKind, string>> = {};
  for (const [folder, kind] of RANKING_INPUT_OPTIONS) {
    const file = join(examplesDir, folder, `${templateId}.json`);
    if (await isFile(file)) files[kind] = file;
  }
  return files;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A problem of the return itself, not the bloc's missing history (the ranking reports that once). */
function isReturnOwn(problem: Pick<ReturnProblem, "type">): boolean {
  return problem.type !== "history-missing";
}

function indent(lines: readonly string[]): string {
  return lines.map((l) => `  ${l}\n`).join("");
}

function stringOr(value: string | boolean | undefined, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

/** The *.json files of a directory, sorted; none when it does not exist. */
async function jsonFiles(dir: string, keep: (file: string) => boolean): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(".json") && keep(f)).sort();
  } catch {
    return [];
  }
}
