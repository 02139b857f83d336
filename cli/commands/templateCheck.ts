import { fromFixed } from "../../core/decimal";
import { formatNumber } from "../../core/i18n";
import type { Lang } from "../../core/i18n";
import type { CompiledTemplate } from "../../core/template";
import { describeRounding } from "../../core/template";
import { shortFingerprint } from "../../core/template";
import type { Command } from "../cliIo";
import { formatTable } from "../formatTable";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { say } from "../say";

const USAGE = "template check FILE [--lang vi|en] [--json]";

/** `thidua template check FILE`: validates a scoring table; prints its summary (exit 0) or every problem (exit 1). */
export const templateCheckCommand: Command = {
  name: "template check",
  summary: {
    vi: "Kiểm tra bảng chấm điểm: in tóm tắt và dấu vân tay, hoặc mọi lỗi kèm vị trí.",
    en: "Check a scoring table: print its summary and fingerprint, or every problem with its path.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { usage: USAGE }, {}, { min: 1, max: 1 });
    if (!parsed) return 2;
    const { lang, json } = parsed;
    const file = parsed.positionals[0] ?? "";
    const loaded = await loadTemplateFile(file, io.cwd);
    if (!loaded.ok) {
      if (json) {
        io.stdout.write(`${JSON.stringify({ ok: false, file, problems: loaded.problems }, null, 2)}\n`);
      } else if (loaded.unreadable) {
        io.stderr.write(`${loaded.problems.map((p) => `thidua: ${say(lang, p.message)}`).join("\n")}\n`);
      } else {
        io.stdout.write(renderTemplateProblems(file, loaded.problems, lang));
      }
      return 1;
    }
    const summary = templateSummary(loaded.compiled);
    if (json) {
      io.stdout.write(`${JSON.stringify({ ok: true, file, ...summary }, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(renderSummary(file, loaded.compiled, lang));
    return 0;
  },
};

/** The machine-readable summary `--json` prints for a valid table. */
export function templateSummary(compiled: CompiledTemplate) {
  const t = compiled.template;
  return {
    id: t.id,
    sample: t.sample ?? false,
    identity: t.identity,
    members: t.members.length,
    leader: t.leader,
    deputy: t.deputy,
    base: t.base,
    rounding: { ...t.rounding, text: describeRounding(t.rounding) },
    maxScore: fromFixed(compiled.sections.reduce((sum, s) => sum + s.max, 0)),
    sections: compiled.sections.map((s) => ({
      code: s.code,
      title: s.title,
      standard: fromFixed(s.standard),
      max: fromFixed(s.max),
      cap: s.cap === undefined ? undefined : fromFixed(s.cap),
      criteria: countCriteria(compiled, s.index),
    })),
    bonus: { items: compiled.bonusItems.length, cap: t.bonus.cap },
    deductions: { items: compiled.deductionItems.length, cap: t.deductions.cap },
    awards: t.awards.map((a) => a.id),
    fingerprint: compiled.fingerprint,
  };
}

function countCriteria(compiled: CompiledTemplate, index: number): number {
  const node = compiled.nodes[index];
  if (!node) return 0;
  if (node.rule) return 1;
  return node.children.reduce((sum, c) => sum + countCriteria(compiled, c), 0);
}

function renderSummary(file: string, compiled: CompiledTemplate, lang: Lang): string {
  const t = compiled.template;
  const en = lang === "en";
  const num = (v: number) => formatNumber(v, lang);
  const memberName = (id: string | undefined) =>
    id === undefined ? (en ? "(not set)" : "(chưa ghi)") : (t.members.find((m) => m.id === id)?.name ?? id);
  const period =
    t.identity.period === "mid-year"
      ? en
        ? "mid-year review"
        : "sơ kết 6 tháng"
      : en
        ? "year-end review"
        : "tổng kết năm";
  const out: string[] = [];
  out.push(en ? `✓ ${file}: the scoring table is valid.` : `✓ ${file}: bảng chấm điểm hợp lệ.`);
  out.push(
    [
      t.identity.bloc.name,
      t.identity.province,
      `${en ? "year" : "năm"} ${t.identity.year}`,
      period,
      `${en ? "version" : "phiên bản"} ${t.identity.version}`,
      ...(t.sample ? [en ? "SAMPLE" : "BẢNG MẪU"] : []),
    ].join(" · "),
  );
  out.push(
    en
      ? `Members: ${t.members.length} · leader: ${memberName(t.leader)} · deputy: ${memberName(t.deputy)}`
      : `Đơn vị thành viên: ${t.members.length} · Khối trưởng: ${memberName(t.leader)} · Khối phó: ${memberName(t.deputy)}`,
  );
  out.push("");
  const rows = [
    en
      ? ["Code", "Section", "Standard", "Maximum", "Criteria"]
      : ["Mã", "Nội dung", "Điểm chuẩn", "Điểm tối đa", "Số tiêu chí"],
    ...compiled.sections.map((s) => [
      s.code,
      (en ? s.titleEn : undefined) ?? s.title,
      num(fromFixed(s.standard)),
      num(fromFixed(s.max)) +
        (s.cap === undefined
          ? ""
          : en
            ? ` (cap ${num(fromFixed(s.cap))})`
            : ` (trần ${num(fromFixed(s.cap))})`),
      String(countCriteria(compiled, s.index)),
    ]),
    [
      "",
      en ? "Total" : "Cộng",
      num(fromFixed(compiled.base)),
      num(fromFixed(compiled.sections.reduce((sum, s) => sum + s.max, 0))),
      String(compiled.scorable.filter((n) => n.block === "sections").length),
    ],
  ];
  out.push(formatTable(rows, { header: true, align: ["left", "left", "right", "right", "right"] }).trimEnd());
  out.push("");
  const block = (label: string, items: number, cap: number | undefined) =>
    `${label}: ${items} ${en ? "items" : "mục"}, ${
      cap === undefined
        ? en
          ? "no overall cap"
          : "không có trần chung"
        : `${en ? "cap" : "trần"} ${num(cap)}`
    }`;
  out.push(
    `${en ? "Rounding" : "Làm tròn"}: ${say(lang, describeRounding(t.rounding))} ${
      en ? "(each criterion once; totals are exact sums)" : "(mỗi tiêu chí một lần; các tổng cộng chính xác)"
    }`,
  );
  out.push(block(en ? "Bonus" : "Điểm thưởng", compiled.bonusItems.length, t.bonus.cap));
  out.push(block(en ? "Deductions" : "Điểm trừ", compiled.deductionItems.length, t.deductions.cap));
  if (t.awards.length > 0) {
    out.push(
      `${en ? "Awards" : "Danh hiệu"}: ${t.awards.map((a) => (en ? a.nameEn : undefined) ?? a.name).join(", ")}`,
    );
  }
  out.push(`${en ? "Fingerprint" : "Dấu vân tay"}: ${shortFingerprint(compiled.fingerprint)}`);
  out.push(`  ${compiled.fingerprint}`);
  return `${out.join("\n")}\n`;
}
