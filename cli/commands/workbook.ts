import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { criterionKind } from "../../core/criteria";
import type { AwardRecord } from "../../core/returns";
import { scoringSheetPlan } from "../../core/sheets";
import type { Member } from "../../core/template";
import type { Command } from "../cliIo";
import { errorMessage } from "../errorMessage";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { rankingInputProblemLine, readRankingInputFile } from "../readRankingInputFiles";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { say } from "../say";
import { writeXlsxBuffer } from "../xlsx/renderXlsx";
import { writeOutput } from "../writeOutput";

const USAGE =
  "workbook TEMPLATE (--unit ID|NAME -o FILE.xlsx | --all -o DIR) [--history FILE] [--lang vi|en] [--json]";

/**
 * `thidua workbook`: the scoring workbook (bảng tự chấm điểm .xlsx) of one member unit, or of every member with
 * `--all`, for blocs that exchange files by email. Award-history bonuses are filled from `--history`.
 */
export const workbookCommand: Command = {
  name: "workbook",
  summary: {
    vi: "Tạo tệp Excel bảng tự chấm điểm (có công thức, danh sách chọn, khóa ô) cho một đơn vị hoặc mọi đơn vị.",
    en: "Make the scoring workbook (.xlsx with formulas, dropdowns, locked cells) for one unit or every member.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      {
        unit: { type: "string" },
        all: { type: "boolean" },
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        history: { type: "string" },
      },
      { min: 1, max: 1 },
    );
    if (!parsed) return 2;
    const { lang, values, json } = parsed;
    const fail = (vi: string, en: string, code = 2) => {
      io.stderr.write(`thidua: ${lang === "en" ? en : vi}\n`);
      return code;
    };
    const unitArg = typeof values.unit === "string" ? values.unit : undefined;
    const all = values.all === true;
    const output = typeof values.output === "string" ? values.output : undefined;
    if (!output)
      return fail(
        "thiếu -o FILE.xlsx (hoặc -o DIR với --all).",
        "missing -o FILE.xlsx (or -o DIR with --all).",
      );
    if (all === (unitArg !== undefined))
      return fail("dùng đúng một trong --unit hoặc --all.", "use exactly one of --unit or --all.");

    const templateFile = parsed.positionals[0] ?? "";
    const loaded = await loadTemplateFile(templateFile, io.cwd);
    if (!loaded.ok) {
      if (loaded.unreadable)
        loaded.problems.forEach((p) => io.stderr.write(`thidua: ${say(lang, p.message)}\n`));
      else io.stdout.write(renderTemplateProblems(templateFile, loaded.problems, lang));
      return 1;
    }
    let history: AwardRecord[] | undefined;
    if (typeof values.history === "string") {
      // The bloc's history file (as `thidua rank` reads it; a plain award-history file is accepted too).
      const read = await readRankingInputFile("history", values.history, io.cwd);
      if (!read.ok) {
        read.problems.forEach((p) => io.stderr.write(`thidua: ${rankingInputProblemLine(p, lang)}\n`));
        return 1;
      }
      history = read.value.awards;
    } else {
      const unknown = loaded.compiled.scorable.filter((n) => n.rule && criterionKind(n.rule).readsHistory);
      if (unknown.length > 0) {
        const codes = unknown.map((n) => n.code).join(", ");
        io.stderr.write(
          lang === "en"
            ? `thidua: warning: no --history: the award-history bonuses (${codes}) are written as "not known" and count 0 for now; give the bloc's history with --history FILE.\n`
            : `thidua: cảnh báo: chưa có --history: điểm thưởng theo lịch sử khen thưởng (${codes}) ghi là "Chưa biết" và tạm tính 0; hãy cung cấp lịch sử khen thưởng của khối bằng --history TỆP.\n`,
        );
      }
    }
    const members = loaded.template.members;
    let units: Member[];
    if (all) units = members;
    else {
      const wanted = (unitArg ?? "").trim().toLocaleLowerCase("vi");
      const unit = members.find(
        (m) =>
          m.id === wanted ||
          m.name.toLocaleLowerCase("vi") === wanted ||
          m.shortName?.toLocaleLowerCase("vi") === wanted,
      );
      if (!unit) {
        const list = members.map((m) => `${m.id} (${m.name})`).join(", ");
        return fail(
          `không có đơn vị "${unitArg ?? ""}" trong khối; có: ${list}`,
          `no unit "${unitArg ?? ""}" in the bloc; members: ${list}`,
          1,
        );
      }
      units = [unit];
    }
    const written: { unitId: string; name: string; file: string }[] = [];
    try {
      const target = resolve(io.cwd, output);
      if (all) await mkdir(target, { recursive: true });
      for (const [i, unit] of units.entries()) {
        const file = all ? join(target, `${loaded.template.id}-${unit.id}.xlsx`) : target;
        await writeOutput(
          file,
          await writeXlsxBuffer(scoringSheetPlan(loaded.compiled, unit.id, { history })),
          { args, cwd: io.cwd, lang },
        );
        written.push({ unitId: unit.id, name: unit.name, file });
        if (!json)
          io.stdout.write(
            lang === "en" ? `Wrote ${file} (${unit.name})\n` : `Đã ghi ${file} (${unit.name})\n`,
          );
        if (units.length > 20) {
          const n = `${i + 1}/${units.length}`;
          io.stderr.write(lang === "en" ? `\rWrote ${n} files` : `\rĐã ghi ${n} tệp`);
          // The progress line rewrites itself; the last one ends it, so the shell prompt starts on its own line.
          if (i + 1 === units.length) io.stderr.write("\n");
        }
      }
    } catch (error) {
      return fail(
        `không ghi được tệp: ${errorMessage(error)}`,
        `could not write the file: ${errorMessage(error)}`,
        1,
      );
    }
    if (json) {
      // Award-history bonuses are "not known" (0 for now) when no --history was given: said here too.
      const historyKnown = history !== undefined;
      io.stdout.write(`${JSON.stringify({ ok: true, historyKnown, files: written }, null, 2)}\n`);
    }
    return 0;
  },
};
