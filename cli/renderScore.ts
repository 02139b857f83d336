import { formatNumber } from "../core/i18n";
import type { Lang } from "../core/i18n";
import type { ReturnProblem, ScoreResult } from "../core/scoring";
import { isRefusedReturn } from "../core/scoring";
import type { CompiledTemplate } from "../core/template";
import { formatTable, truncate } from "./formatTable";
import { say } from "./say";

const TITLE_WIDTH = 48;

/**
 * A scored return as text: every node with its points, standard, maximum and how the points were computed,
 * then the section total, bonus, deductions and total (Vietnamese number format by default), then the problems.
 */
export function renderScore(result: ScoreResult, compiled: CompiledTemplate, lang: Lang): string {
  const en = lang === "en";
  const num = (v: number) => formatNumber(v, lang);
  const signed = (sign: string, v: number) => (v === 0 ? "0" : `${sign}${num(v)}`);
  const t = compiled.template;
  const member = t.members.find((m) => m.id === result.unitId);
  const title = (code: string, fallback: string) =>
    truncate((en ? compiled.byCode.get(code)?.titleEn : undefined) ?? fallback, TITLE_WIDTH);
  const out: string[] = [];
  out.push(
    `${en ? "Unit" : "Đơn vị"}: ${member?.name ?? result.unitId} (${result.unitId}) · ${en ? "table" : "bảng"} ${t.id}`,
  );
  out.push("");
  const rows: string[][] = [
    en
      ? ["Code", "Criterion", "Points", "Standard", "Max", "How"]
      : ["Mã", "Tiêu chí", "Điểm", "Chuẩn", "Tối đa", "Cách tính"],
  ];
  // The engine says the history is missing; the command line says how to give it.
  const historyHint = result.problems.some((p) => p.type === "history-missing")
    ? en
      ? " — use --history FILE"
      : " — dùng --history TỆP"
    : "";
  let block = "sections";
  for (const node of result.nodes) {
    if (node.block !== block) {
      block = node.block;
      const head = block === "bonus" ? (en ? "Bonus" : "Điểm thưởng") : en ? "Deductions" : "Điểm trừ";
      rows.push(["", head.toUpperCase()]);
    }
    rows.push([
      `${"  ".repeat(node.depth)}${node.code}`,
      title(node.code, node.title),
      num(node.points),
      node.block === "sections" ? num(node.standard) : "",
      num(node.max),
      say(lang, node.explanation) + (node.kind === "awardHistory" ? historyHint : ""),
    ]);
  }
  out.push(
    formatTable(rows, { header: true, align: ["left", "left", "right", "right", "right", "left"] }).trimEnd(),
  );
  out.push("");
  const base = formatNumber(t.base, lang);
  out.push(`${en ? "Sections" : "Điểm các nội dung"}: ${num(result.baseScore)} / ${base}`);
  // The engine's block explanations repeat the label ("Điểm thưởng: tổng các mục …"); keep what follows it.
  const explained = (text: string, explanation: { vi: string; en: string } | undefined) =>
    explanation === undefined ? text : `${text} ← ${say(lang, explanation).replace(/^[^:]*:\s*/, "")}`;
  out.push(
    explained(`${en ? "Bonus" : "Điểm thưởng"}: ${signed("+", result.bonus)}`, result.bonusExplanation),
  );
  out.push(
    explained(
      `${en ? "Deductions" : "Điểm trừ"}: ${signed("−", result.deductions)}`,
      result.deductionsExplanation,
    ),
  );
  const total = result.provisional
    ? `${en ? "Total (provisional)" : "Tổng điểm (tạm tính)"}: ${num(result.total)}`
    : `${en ? "Total" : "Tổng điểm"}: ${num(result.total)}`;
  out.push(explained(total, result.totalExplanation));
  if (result.provisional) {
    const why = result.provisionalReasons.map((r) => say(lang, r)).join("; ");
    out.push(en ? `  Not final yet: ${why}.` : `  Chưa phải điểm chính thức: ${why}.`);
  }
  // core's severity rule: an entry that cannot be taken as typed keeps the return out of the ranking.
  if (isRefusedReturn(result.problems)) {
    out.push(
      en
        ? "  Not usable for the ranking: an entry is refused (see the problems below); the total above is for reference only."
        : "  Chưa dùng được để xếp hạng: có mục không được tính (xem lỗi bên dưới); tổng điểm trên chỉ để tham khảo.",
    );
  }
  out.push(
    `${en ? "Rounding" : "Làm tròn"}: ${say(lang, result.roundingText)} ${
      en ? "(each criterion once; totals are exact sums)" : "(mỗi tiêu chí một lần; các tổng cộng chính xác)"
    }`,
  );
  if (result.problems.length > 0) {
    out.push("");
    out.push(...renderReturnProblems(result.problems, lang));
  }
  return `${out.join("\n")}\n`;
}

/** "Lỗi trong bản tự chấm (2):" then one line per problem, led by its criterion code or field path. */
export function renderReturnProblems(
  problems: readonly Pick<ReturnProblem, "code" | "message">[],
  lang: Lang,
): string[] {
  return [
    lang === "en"
      ? `Problems in the return (${problems.length}):`
      : `Lỗi trong bản tự chấm (${problems.length}):`,
    ...problems.map((p) => `  ${p.code === undefined ? "" : `[${p.code}] `}${say(lang, p.message)}`),
  ];
}
