import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { formatNumber } from "../../core/i18n/formatNumber";
import type { Lang } from "../../core/i18n/localized";
import { parseReturn } from "../../core/returns/parseReturn";
import type { UnitReturn } from "../../core/returns/returnSchema";
import { scoreReturns } from "../../core/scoring/scoreReturns";
import { shortFingerprint } from "../../core/template/templateFingerprint";
import type { CliIo, Command } from "../cliIo";
import { formatTable } from "../formatTable";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { readAwardHistory } from "../readAwardHistory";
import { readJsonFile } from "../readJsonFile";
import { renderReturnProblems } from "../renderScore";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { say } from "../say";

const USAGE = "demo [--templates DIR] [--examples DIR] [--lang vi|en] [--json]";

/** What `--json` prints for one table: whether it is valid, and its returns' scores and problems. */
type DemoBloc = {
  file: string;
  ok: boolean;
  id?: string;
  fingerprint?: string;
  problems: unknown[];
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

/**
 * `thidua demo`: the main job on the embedded samples — checks every template in templates/, scores each bloc's
 * example returns together (examples/returns/<template-id>/, with examples/history/<template-id>.json for the
 * award-history bonuses) and prints one table per bloc. Exit 1 if any template or return has a problem.
 */
export const demoCommand: Command = {
  name: "demo",
  summary: {
    vi: "Chạy thử trên dữ liệu mẫu: kiểm tra các bảng chấm điểm mẫu và chấm các bản tự chấm mẫu.",
    en: "Try it on the samples: check the sample tables and score the sample returns.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      { templates: { type: "string" }, examples: { type: "string" } },
      { min: 0, max: 0 },
    );
    if (!parsed) return 2;
    const { lang, json } = parsed;
    const templatesDir = resolve(io.cwd, stringOr(parsed.values.templates, join(ROOT, "templates")));
    const examplesDir = resolve(io.cwd, stringOr(parsed.values.examples, join(ROOT, "examples")));
    const files = await jsonFiles(templatesDir, (f) => f !== "schema.json");
    if (files.length === 0) {
      io.stderr.write(
        lang === "en"
          ? `thidua: no templates (*.json) in ${templatesDir}.\n`
          : `thidua: không có bảng chấm điểm (*.json) trong ${templatesDir}.\n`,
      );
      return 1;
    }
    let failed = 0;
    let scored = 0;
    const blocs: DemoBloc[] = [];
    // With --json the text goes nowhere and the records are printed instead.
    const out = json ? { write: () => true } : io.stdout;
    for (const file of files) {
      const bloc: DemoBloc = { file, ok: true, problems: [], returns: [] };
      blocs.push(bloc);
      failed += await demoTemplate(join(templatesDir, file), examplesDir, { ...io, stdout: out }, lang, bloc);
      scored += bloc.returns.filter((r) => r.total !== undefined).length;
    }
    if (json) {
      io.stdout.write(
        `${JSON.stringify({ ok: failed === 0, tables: files.length, scored, failed, blocs }, null, 2)}\n`,
      );
      return failed === 0 ? 0 : 1;
    }
    io.stdout.write(
      lang === "en"
        ? `${failed === 0 ? "✓" : "✗"} ${files.length} tables checked, ${scored} returns scored, ${failed} with problems.\n`
        : `${failed === 0 ? "✓" : "✗"} Đã kiểm tra ${files.length} bảng chấm điểm, chấm ${scored} bản tự chấm, ${failed} có lỗi.\n`,
    );
    return failed === 0 ? 0 : 1;
  },
};

/** Checks one template and scores its example returns; returns how many of them (or the table) had problems. */
async function demoTemplate(
  path: string,
  examplesDir: string,
  io: CliIo,
  lang: Lang,
  record: DemoBloc,
): Promise<number> {
  const en = lang === "en";
  // The embedded samples are named from the repository root, wherever the command runs.
  const shown = path.startsWith(ROOT) ? relative(ROOT, path) : relative(io.cwd, path) || path;
  const loaded = await loadTemplateFile(path, io.cwd);
  record.file = shown;
  if (!loaded.ok) {
    Object.assign(record, { ok: false, problems: loaded.problems });
    io.stdout.write(`${renderTemplateProblems(shown, loaded.problems, lang)}\n`);
    return 1;
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
  const returnsDir = join(examplesDir, "returns", t.id);
  const historyPath = join(examplesDir, "history", `${t.id}.json`);
  let failed = 0;
  let history;
  if ((await jsonFiles(join(examplesDir, "history"), (f) => f === `${t.id}.json`)).length > 0) {
    const read = await readAwardHistory(historyPath, io.cwd);
    if (read.ok) history = read.awards;
    else {
      record.ok = false;
      record.problems.push(...read.problems);
      io.stdout.write(`${read.problems.map((p) => `  ${p.path}: ${say(lang, p.message)}`).join("\n")}\n`);
      failed += 1;
    }
  }
  const returns: { file: string; ret: UnitReturn }[] = [];
  for (const file of await jsonFiles(returnsDir, () => true)) {
    const read = await readJsonFile(join(returnsDir, file), io.cwd);
    const ret = read.ok
      ? parseReturn(read.value)
      : { ok: false as const, problems: [{ message: read.message }] };
    if (ret.ok) {
      returns.push({ file, ret: ret.value });
      continue;
    }
    failed += 1;
    record.returns.push({ file, problems: ret.problems });
    io.stdout.write(`  ${file}\n${indent(renderReturnProblems(ret.problems, lang))}`);
  }
  if (returns.length === 0) {
    io.stdout.write(en ? "  (no example returns)\n\n" : "  (chưa có bản tự chấm mẫu)\n\n");
    return failed;
  }
  const results = scoreReturns(
    compiled,
    returns.map((r) => r.ret),
    { history },
  );
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
  return failed;
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
