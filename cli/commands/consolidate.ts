import { resolve } from "node:path";
import { formatNumber } from "../../core/i18n";
import type { Lang, Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import type { BlocProblem, ReceivedReturn, ReviewedSheet } from "../../core/bloc";
import { consolidateBloc } from "../../core/bloc";
import type { RankingInputKind, RankingResult } from "../../core/ranking";
import { rankingWorkbookPlan } from "../../core/sheets";
import type { Command } from "../cliIo";
import { errorMessage } from "../errorMessage";
import { formatTable } from "../formatTable";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { RANKING_INPUT_OPTIONS, rankingInputFilesOf, readRankingInputFiles } from "../readRankingInputFiles";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { rankingProblemPlace } from "../rankingProblemPlace";
import { say } from "../say";
import { copyOfUnusableFile, identicalFiles } from "../xlsx/identicalFiles";
import { readReturnWorkbook, readReviewedWorkbook } from "../xlsx/readReturnWorkbook";
import { writeXlsxBuffer } from "../xlsx/renderXlsx";
import { writeOutput } from "../writeOutput";
import { parseDayMonthYear } from "../../core/text";
import { renderReturnSources } from "../renderReturnSources";
import { writeMinutes } from "../writeMinutes";

const USAGE =
  "consolidate TEMPLATE RETURN.xlsx… -o RANKING.xlsx [--reviews F] [--reviewed RANKING.xlsx [--reviewer NAME]] [--cross F] [--votes F] [--history F] [--flags F] [--date dd/mm/yyyy] [--minutes BIEN_BAN.xlsx] [--lang vi|en] [--json]";

/** A problem in one file, with the cell where there is one; a problem of the bloc as a whole names no file. */
type FileProblem = { file?: string; cell?: string; message: Localized };

/**
 * `thidua consolidate`: the leader reads the members' filled scoring workbooks (emailed .xlsx), reports every
 * problem per file and cell (not our file, another version of the table, a unit sending twice, edited formula
 * cells, bad entries) and, by name, every member without a usable return; ranks the bloc with the year-end files
 * and writes the ranked table + consolidation workbook (and, with `--minutes F.xlsx`, the draft minutes of the
 * meeting from the same result). Exit 0 when every member's return was read cleanly, 1 when
 * a file had a problem or a member has no usable return (the workbook is still written from the usable returns,
 * so the leader sees the state), 2 on usage errors.
 */
export const consolidateCommand: Command = {
  name: "consolidate",
  summary: {
    vi: "Tổng hợp các tệp Excel tự chấm của đơn vị, báo lỗi theo tệp và ô và nêu tên đơn vị chưa có bản tự chấm hợp lệ, xếp hạng và ghi bảng kết quả (.xlsx). Mã thoát 1 khi có lỗi hoặc thiếu đơn vị (bảng vẫn được ghi).",
    en: "Consolidate the units' filled workbooks, report problems per file and cell and name the units without a valid return, rank and write the ranked table (.xlsx). Exit 1 on any problem or missing unit (the table is still written).",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      {
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        date: { type: "string" },
        reviewed: { type: "string" },
        reviewer: { type: "string" },
        minutes: { type: "string" },
        ...Object.fromEntries(RANKING_INPUT_OPTIONS.map(([o]) => [o, { type: "string" as const }])),
      },
      { min: 2, max: Number.POSITIVE_INFINITY },
    );
    if (!parsed) return 2;
    const { lang, values, json } = parsed;
    const output = typeof values.output === "string" ? values.output : undefined;
    if (!output) {
      io.stderr.write(`thidua: ${lang === "en" ? "missing -o RANKING.xlsx" : "thiếu -o RANKING.xlsx"}\n`);
      return 2;
    }
    const date = typeof values.date === "string" ? values.date : undefined;
    if (date !== undefined && parseDayMonthYear(date) === undefined) {
      io.stderr.write(
        `thidua: ${lang === "en" ? `--date takes a real day as dd/mm/yyyy, not "${date}"` : `--date cần một ngày có thật dạng dd/mm/yyyy, không phải "${date}"`}\n`,
      );
      return 2;
    }
    const [templateFile = "", ...files] = parsed.positionals;
    const loaded = await loadTemplateFile(templateFile, io.cwd);
    if (!loaded.ok) {
      if (json)
        io.stdout.write(
          `${JSON.stringify({ ok: false, file: templateFile, problems: loaded.problems }, null, 2)}\n`,
        );
      else if (loaded.unreadable)
        loaded.problems.forEach((p) => io.stderr.write(`thidua: ${say(lang, p.message)}\n`));
      else io.stdout.write(renderTemplateProblems(templateFile, loaded.problems, lang));
      return 1;
    }
    const compiled = loaded.compiled;

    const received: ReceivedReturn[] = [];
    const copies = await identicalFiles(files, io.cwd);
    for (const [i, file] of files.entries()) {
      // A copy of a usable file is read (the rule for a unit that sent twice says it is used once); a copy of an
      // unusable one would only repeat its problems.
      const earlier = copies.get(file);
      const unusable = received.some((r) => r.file === earlier && !r.read.ok);
      const read: ReceivedReturn["read"] =
        earlier !== undefined && unusable
          ? { ok: false, problems: [copyOfUnusableFile(file, earlier)] }
          : await readReturnWorkbook(compiled, file, io.cwd);
      received.push({ file, from: "workbook", read });
      if (files.length >= 20 && ((i + 1) % 10 === 0 || i + 1 === files.length)) {
        io.stderr.write(
          lang === "en" ? `\rRead ${i + 1}/${files.length} files` : `\rĐã đọc ${i + 1}/${files.length} tệp`,
        );
        if (i + 1 === files.length) io.stderr.write("\n");
      }
    }
    const inputFiles = rankingInputFilesOf(values);
    const yearEnd = await readRankingInputFiles(inputFiles, io.cwd);
    let reviewed: ReviewedSheet | undefined;
    if (typeof values.reviewed === "string") {
      const reviewer = typeof values.reviewer === "string" ? values.reviewer : "Khối trưởng";
      const read = await readReviewedWorkbook(compiled, values.reviewed, io.cwd, reviewer);
      reviewed = { file: values.reviewed, read };
    }
    const consolidation = consolidateBloc(compiled, received, yearEnd.inputs, reviewed);
    const { result } = consolidation;
    const problems: FileProblem[] = [
      ...yearEnd.problems.map((p) => ({
        file: p.file,
        message:
          p.path === undefined ? p.message : msg(`${p.path}: ${p.message.vi}`, `${p.path}: ${p.message.en}`),
      })),
      ...consolidation.problems.map((p) => fileProblem(p, lang, inputFiles)),
    ];
    try {
      const plan = rankingWorkbookPlan(compiled, consolidation.selfScores, result, date ? { date } : {});
      await writeOutput(resolve(io.cwd, output), await writeXlsxBuffer(plan), { args, cwd: io.cwd, lang });
    } catch (error) {
      io.stderr.write(
        `thidua: ${lang === "en" ? "could not write" : "không ghi được"} ${output}: ${errorMessage(error)}\n`,
      );
      return 1;
    }
    const minutes = typeof values.minutes === "string" ? values.minutes : undefined;
    if (minutes !== undefined && !(await writeMinutes(minutes, compiled, result, { args, io, lang })))
      return 1;
    if (json) {
      // The same facts as the text: every unit (rank and total null without a usable one) and every problem placed.
      const units = result.units.map((u) => ({
        unitId: u.unitId,
        name: u.name,
        hasReturn: u.hasReturn,
        rank: u.rank,
        total: u.hasReturn ? u.total : null,
      }));
      const ok = problems.length === 0;
      const written = minutes === undefined ? {} : { minutes };
      io.stdout.write(`${JSON.stringify({ ok, output, ...written, units, problems, result }, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    io.stdout.write(renderSummary(result, lang));
    io.stdout.write(renderReturnSources(compiled, received, lang));
    io.stdout.write(`${lang === "en" ? "Wrote" : "Đã ghi"} ${output}\n`);
    if (minutes !== undefined)
      io.stdout.write(`${lang === "en" ? "Minutes written" : "Đã ghi biên bản"}: ${minutes}\n`);
    if (problems.length > 0) {
      io.stdout.write(`\n${lang === "en" ? `${problems.length} problem(s):` : `${problems.length} lỗi:`}\n`);
      for (const p of problems) {
        const where = p.file === undefined ? "" : `${p.file}${p.cell ? ` [${p.cell}]` : ""}: `;
        io.stdout.write(`  ${where}${say(lang, p.message)}\n`);
      }
      return 1;
    }
    return 0;
  },
};

/** Where a problem is shown: the file (and cell) for one about a file, the year-end input's name for the others. */
function fileProblem(
  p: BlocProblem,
  lang: Lang,
  inputFiles: Partial<Record<RankingInputKind, string>>,
): FileProblem {
  if (p.input !== undefined)
    return {
      file: rankingProblemPlace({ source: p.input, path: "" }, lang, inputFiles),
      message:
        p.path === undefined ? p.message : msg(`${p.path}: ${p.message.vi}`, `${p.path}: ${p.message.en}`),
    };
  return {
    ...(p.file === undefined ? (p.unitId === undefined ? {} : { file: p.unitId }) : { file: p.file }),
    ...(p.cell === undefined ? {} : { cell: p.cell }),
    message: p.message,
  };
}

function renderSummary(result: RankingResult, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 2, 4);
  const head = lang === "en" ? ["Rank", "Unit", "Total"] : ["Hạng", "Đơn vị", "Tổng điểm"];
  const rows = result.units.map((u) => [
    u.rank === null ? "—" : String(u.rank),
    u.name,
    u.hasReturn ? n(u.total) : "—",
  ]);
  return `${formatTable([head, ...rows], { header: true, align: ["right", "left", "right"] })}\n`;
}
