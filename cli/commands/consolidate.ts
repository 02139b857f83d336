import { basename, resolve } from "node:path";
import { formatNumber } from "../../core/i18n";
import type { Lang, Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import { rankBloc, selfScores, usableReturns } from "../../core/ranking";
import type { UnitReturn } from "../../core/returns";
import type { ReturnProblem } from "../../core/scoring";
import { validateReturn } from "../../core/scoring";
import { cellRef } from "../../core/sheets";
import { rankingWorkbookPlan } from "../../core/sheets";
import { COL, scoringSheetLayout } from "../../core/sheets";
import type { CompiledNode } from "../../core/template";
import type { Command } from "../cliIo";
import { errorMessage } from "../errorMessage";
import { formatTable } from "../formatTable";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { RANKING_INPUT_OPTIONS, rankingInputFilesOf, readRankingInputFiles } from "../readRankingInputFiles";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { rankingProblemPlace } from "../rankingProblemPlace";
import { say } from "../say";
import { readReturnWorkbook, readReviewedWorkbook } from "../xlsx/readReturnWorkbook";
import { workbookProblemWording } from "../workbookProblemWording";
import { writeXlsxBuffer } from "../xlsx/renderXlsx";
import { writeOutput } from "../writeOutput";

const USAGE =
  "consolidate TEMPLATE RETURN.xlsx… -o RANKING.xlsx [--reviews F] [--reviewed RANKING.xlsx [--reviewer NAME]] [--cross F] [--votes F] [--history F] [--flags F] [--date dd/mm/yyyy] [--lang vi|en]";

/** A problem in one file, with the cell where there is one; a problem of the bloc as a whole names no file. */
type FileProblem = { file?: string; cell?: string; message: Localized };

/**
 * `thidua consolidate`: the leader reads the members' filled scoring workbooks (emailed .xlsx), reports every
 * problem per file and cell (not our file, another version of the table, a unit sending twice, edited formula
 * cells, bad entries) and, by name, every member without a usable return; ranks the bloc with the year-end files
 * and writes the ranked table + consolidation workbook. Exit 0 when every member's return was read cleanly, 1 when
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
        ...Object.fromEntries(RANKING_INPUT_OPTIONS.map(([o]) => [o, { type: "string" as const }])),
      },
      { min: 2, max: Number.POSITIVE_INFINITY },
    );
    if (!parsed) return 2;
    const { lang, values } = parsed;
    const output = typeof values.output === "string" ? values.output : undefined;
    if (!output) {
      io.stderr.write(`thidua: ${lang === "en" ? "missing -o RANKING.xlsx" : "thiếu -o RANKING.xlsx"}\n`);
      return 2;
    }
    const date = typeof values.date === "string" ? values.date : undefined;
    if (date !== undefined && !/^\d{2}\/\d{2}\/\d{4}$/.test(date)) {
      io.stderr.write(
        `thidua: ${lang === "en" ? `--date takes dd/mm/yyyy, not "${date}"` : `--date cần dạng dd/mm/yyyy, không phải "${date}"`}\n`,
      );
      return 2;
    }
    const [templateFile = "", ...files] = parsed.positionals;
    const loaded = await loadTemplateFile(templateFile, io.cwd);
    if (!loaded.ok) {
      if (loaded.unreadable)
        loaded.problems.forEach((p) => io.stderr.write(`thidua: ${say(lang, p.message)}\n`));
      else io.stdout.write(renderTemplateProblems(templateFile, loaded.problems, lang));
      return 1;
    }
    const compiled = loaded.compiled;
    const problems: FileProblem[] = [];

    const read: { file: string; ret: UnitReturn }[] = [];
    for (const [i, file] of files.entries()) {
      const result = await readReturnWorkbook(compiled, file, io.cwd);
      if (result.ok) read.push({ file, ret: result.return });
      else
        for (const p of result.problems)
          problems.push({ file, ...(p.cell ? { cell: p.cell } : {}), message: p.message });
      if (files.length >= 20 && ((i + 1) % 10 === 0 || i + 1 === files.length)) {
        io.stderr.write(
          lang === "en" ? `\rRead ${i + 1}/${files.length} files` : `\rĐã đọc ${i + 1}/${files.length} tệp`,
        );
        if (i + 1 === files.length) io.stderr.write("\n");
      }
    }
    // A unit that sent twice: neither file counts until the leader keeps one (the files may disagree).
    const byUnit = new Map<string, string[]>();
    for (const r of read) byUnit.set(r.ret.unitId, [...(byUnit.get(r.ret.unitId) ?? []), r.file]);
    const members = compiled.template.members;
    const nameOf = (unitId: string) => members.find((m) => m.id === unitId)?.name ?? unitId;
    const returns: UnitReturn[] = [];
    for (const r of read) {
      const sent = byUnit.get(r.ret.unitId) ?? [];
      if (sent.length > 1) {
        const list = sent.map((f) => basename(f)).join(", ");
        const name = nameOf(r.ret.unitId);
        problems.push({
          file: r.file,
          message: msg(
            `${name} gửi ${sent.length} tệp (${list}); chưa dùng tệp nào, hãy giữ lại một.`,
            `${name} sent ${sent.length} files (${list}); none is used until one is kept.`,
          ),
        });
      } else returns.push(r.ret);
    }

    const inputFiles = rankingInputFilesOf(values);
    const yearEnd = await readRankingInputFiles(inputFiles, io.cwd);
    for (const p of yearEnd.problems)
      problems.push({
        file: p.file,
        message:
          p.path === undefined ? p.message : msg(`${p.path}: ${p.message.vi}`, `${p.path}: ${p.message.en}`),
      });
    const { inputs } = yearEnd;

    if (typeof values.reviewed === "string") {
      const reviewer = typeof values.reviewer === "string" ? values.reviewer : "Khối trưởng";
      const read = await readReviewedWorkbook(compiled, values.reviewed, io.cwd, reviewer);
      if (read.ok) {
        // Adjustments typed in the consolidation sheet come after those of the reviews file.
        const reviews = inputs.reviews ?? { formatVersion: 1, adjustments: [], explanations: [] };
        inputs.reviews = { ...reviews, adjustments: [...reviews.adjustments, ...read.adjustments] };
      } else {
        for (const p of read.problems)
          problems.push({ file: values.reviewed, ...(p.cell ? { cell: p.cell } : {}), message: p.message });
      }
    }
    const result = rankBloc(compiled, returns, inputs);
    const fileOf = new Map(read.map((r) => [r.ret.unitId, r.file]));
    const layout = scoringSheetLayout(compiled);
    // rankBloc keeps the engine's message but not its problem type; the type comes from validating the return again.
    const typed = new Map<string, ReturnProblem[]>();
    const inWorkbookWords = (unitId: string | undefined, node: CompiledNode, message: Localized) => {
      const ret = returns.find((r) => r.unitId === unitId);
      if (ret === undefined) return undefined;
      if (!typed.has(ret.unitId))
        typed.set(ret.unitId, validateReturn(compiled, ret, { history: inputs.history?.awards }));
      const problem = typed.get(ret.unitId)?.find((q) => q.code === node.code && q.message.vi === message.vi);
      return problem && workbookProblemWording(node, problem, ret.entries[node.code]);
    };
    for (const p of result.problems) {
      // A return's problem names its workbook; one about all the returns (members without one) names no file.
      const file =
        p.source === "returns"
          ? p.unitId && (fileOf.get(p.unitId) ?? p.unitId)
          : rankingProblemPlace({ source: p.source, path: "" }, lang, inputFiles);
      const node = p.source === "returns" && p.code !== undefined ? compiled.byCode.get(p.code) : undefined;
      if (node) {
        // In the workbook's words (columns, not JSON fields), at the cell of the criterion's row it is about.
        const worded = inWorkbookWords(p.unitId, node, p.message);
        const row = layout.rowOf[node.index] ?? 0;
        problems.push({
          file,
          cell: cellRef(row, worded?.column ?? COL.input),
          message: worded?.message ?? p.message,
        });
        continue;
      }
      problems.push({
        file,
        message:
          p.source === "returns" || p.path === ""
            ? p.message
            : msg(`${p.path}: ${p.message.vi}`, `${p.path}: ${p.message.en}`),
      });
    }
    const usable = usableReturns(compiled, returns, inputs);
    const self = selfScores(compiled, usable.returns, usable.problemsByReturn, inputs);
    try {
      const plan = rankingWorkbookPlan(compiled, self, result, date ? { date } : {});
      await writeOutput(resolve(io.cwd, output), await writeXlsxBuffer(plan), { args, cwd: io.cwd, lang });
    } catch (error) {
      io.stderr.write(
        `thidua: ${lang === "en" ? "could not write" : "không ghi được"} ${output}: ${errorMessage(error)}\n`,
      );
      return 1;
    }
    io.stdout.write(renderSummary(result, lang));
    io.stdout.write(`${lang === "en" ? "Wrote" : "Đã ghi"} ${output}\n`);
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

function renderSummary(result: ReturnType<typeof rankBloc>, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 2, 4);
  const head = lang === "en" ? ["Rank", "Unit", "Total"] : ["Hạng", "Đơn vị", "Tổng điểm"];
  const rows = result.units.map((u) => [
    u.rank === null ? "—" : String(u.rank),
    u.name,
    u.hasReturn ? n(u.total) : "—",
  ]);
  return `${formatTable([head, ...rows], { header: true, align: ["right", "left", "right"] })}\n`;
}
