import type { ReturnData } from "../../core/bloc";
import { scoreBloc } from "../../core/bloc";
import type { AwardRecord } from "../../core/returns";
import type { CliIo, Command } from "../cliIo";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { readJsonFile } from "../readJsonFile";
import { rankingInputProblemLine, readRankingInputFile } from "../readRankingInputFiles";
import { renderReturnProblems, renderScore } from "../renderScore";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { say } from "../say";

const USAGE = "score TEMPLATE RETURN.json [RETURN.json…] [--history FILE] [--lang vi|en] [--json]";

/**
 * `thidua score TEMPLATE RETURN…`: scores self-scored returns against a table. Prints the points of every node
 * with explanations and the totals, and also every problem; exits 1 whenever there is a problem. Several returns
 * of one bloc are scored together, so relative-to-best criteria compare them.
 */
export const scoreCommand: Command = {
  name: "score",
  summary: {
    vi: "Chấm bản tự chấm theo bảng chấm điểm: điểm từng tiêu chí kèm cách tính, điểm thưởng, điểm trừ, tổng điểm và mọi lỗi.",
    en: "Score returns against a table: points per criterion with explanations, bonus, deductions, total and every problem.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      { history: { type: "string" } },
      { min: 2, max: Number.POSITIVE_INFINITY },
    );
    if (!parsed) return 2;
    const { lang, json } = parsed;
    const [templateFile = "", ...returnFiles] = parsed.positionals;

    const loaded = await loadTemplateFile(templateFile, io.cwd);
    if (!loaded.ok) {
      if (json)
        io.stdout.write(
          `${JSON.stringify({ ok: false, file: templateFile, problems: loaded.problems }, null, 2)}\n`,
        );
      else if (loaded.unreadable)
        writeErrors(
          io,
          loaded.problems.map((p) => say(lang, p.message)),
        );
      else io.stdout.write(renderTemplateProblems(templateFile, loaded.problems, lang));
      return 1;
    }

    let history: AwardRecord[] | undefined;
    if (typeof parsed.values.history === "string") {
      // The bloc's history file, read as `thidua rank --history` reads it (awards, terms, past ranks).
      const read = await readRankingInputFile("history", parsed.values.history, io.cwd);
      if (!read.ok) {
        writeErrors(
          io,
          read.problems.map((p) => rankingInputProblemLine(p, lang)),
        );
        return 1;
      }
      history = read.value.awards;
    }

    const read: ReturnData[] = [];
    for (const file of returnFiles) {
      const json = await readJsonFile(file, io.cwd);
      read.push(json.ok ? { source: file, data: json.value } : { source: file, unreadable: json.message });
    }
    const outcomes = scoreBloc(loaded.compiled, read, { history });
    const anyProblem = outcomes.some((o) => !o.ok || o.result.problems.length > 0);

    if (json) {
      const out = outcomes.map((o) =>
        o.ok ? o.result : { file: o.source, ok: false, problems: o.problems },
      );
      io.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
      return anyProblem ? 1 : 0;
    }

    const head = lang === "en" ? "Return" : "Bản tự chấm";
    const blocks = outcomes.map((o) => {
      const body = o.ok
        ? renderScore(o.result, loaded.compiled, lang)
        : `${renderReturnProblems(o.problems, lang).join("\n")}\n`;
      return `${head}: ${o.source}\n${body}`;
    });
    io.stdout.write(blocks.join("\n"));
    return anyProblem ? 1 : 0;
  },
};

function writeErrors(io: CliIo, lines: readonly string[]): void {
  io.stderr.write(lines.map((l) => `thidua: ${l}\n`).join(""));
}
