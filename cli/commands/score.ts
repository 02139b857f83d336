import type { Localized } from "../../core/i18n";
import type { AwardRecord } from "../../core/returns";
import { parseReturn } from "../../core/returns";
import type { UnitReturn } from "../../core/returns";
import { missingHistoryProblem } from "../../core/scoring";
import { rejectedReturnProblems } from "../../core/scoring";
import { scoreReturn } from "../../core/scoring";
import { scoreReturns } from "../../core/scoring";
import type { ReturnProblem } from "../../core/scoring";
import { returnTableMismatch } from "../../core/scoring";
import type { CliIo, Command } from "../cliIo";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { readJsonFile } from "../readJsonFile";
import { rankingInputProblemLine, readRankingInputFile } from "../readRankingInputFiles";
import { renderReturnProblems, renderScore } from "../renderScore";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { say } from "../say";

const USAGE = "score TEMPLATE RETURN.json [RETURN.json…] [--history FILE] [--lang vi|en] [--json]";

/** A return file that could not be read or does not follow the return format. */
type RejectedReturn = {
  file: string;
  ok: false;
  /**
   * Every problem of a return that does not follow the format (`rejectedReturnProblems`), the one problem of a
   * return made for another table or version, or one problem at path "(file)" when the file is unreadable.
   */
  problems: (ReturnProblem | { path: string; message: Localized })[];
};

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

    // One outcome per file, in the order given: a position among the scored returns, or why it was rejected.
    const outcomes: (number | RejectedReturn)[] = [];
    const accepted: UnitReturn[] = [];
    for (const file of returnFiles) {
      const read = await readJsonFile(file, io.cwd);
      if (!read.ok) {
        outcomes.push({ file, ok: false, problems: [{ path: "(file)", message: read.message }] });
        continue;
      }
      const ret = parseReturn(read.value);
      if (!ret.ok) {
        outcomes.push({
          file,
          ok: false,
          problems: rejectedReturnProblems(loaded.compiled, ret, { history }),
        });
        continue;
      }
      // Scored on the wrong table, every entry would be "wrong" or "missing": say the one thing that is.
      const mismatch = returnTableMismatch(loaded.compiled, ret.value);
      if (mismatch !== undefined) outcomes.push({ file, ok: false, problems: [mismatch] });
      else outcomes.push(accepted.push(ret.value) - 1);
    }

    // One return alone cannot know the bloc's best, so relative-to-best criteria say they wait for the
    // consolidation instead of letting the unit be its own best.
    const results =
      accepted.length === 1 && accepted[0]
        ? [scoreReturn(loaded.compiled, accepted[0], { history })]
        : scoreReturns(loaded.compiled, accepted, { history });
    // Without --history an award-history bonus is unknown, not "not received": every total is provisional, and
    // the leader must not take it for the result (exit 1).
    const noHistory = missingHistoryProblem(loaded.compiled, { history });
    if (noHistory !== undefined) for (const r of results) r.problems.unshift(noHistory);
    const anyProblem =
      outcomes.some((o) => typeof o !== "number") || results.some((r) => r.problems.length > 0);

    if (json) {
      const out = outcomes.map((o) => (typeof o === "number" ? results[o] : o));
      io.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
      return anyProblem ? 1 : 0;
    }

    const head = lang === "en" ? "Return" : "Bản tự chấm";
    const blocks = outcomes.map((o, i) => {
      const scored = typeof o === "number" ? results[o] : undefined;
      const body = scored
        ? renderScore(scored, loaded.compiled, lang)
        : `${renderReturnProblems(typeof o === "number" ? [] : o.problems, lang).join("\n")}\n`;
      return `${head}: ${returnFiles[i]}\n${body}`;
    });
    io.stdout.write(blocks.join("\n"));
    return anyProblem ? 1 : 0;
  },
};

function writeErrors(io: CliIo, lines: readonly string[]): void {
  io.stderr.write(lines.map((l) => `thidua: ${l}\n`).join(""));
}
