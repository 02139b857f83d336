import { readdir } from "node:fs/promises";
import { resolve } from "node:path";
import { formatNumber } from "../../core/i18n";
import type { Lang } from "../../core/i18n";
import { msg } from "../../core/i18n";
import type { RankedBloc, ReturnSource } from "../../core/bloc";
import { rankBloc } from "../../core/bloc";
import type { RankingResult, ScoreStep } from "../../core/ranking";
import { formatIsoTime } from "../../core/ranking";
import type { WhatIf } from "../../core/ranking";
import { parseReturn } from "../../core/returns";
import type { CompiledTemplate } from "../../core/template";
import { shortFingerprint } from "../../core/template";
import type { CliIo, Command } from "../cliIo";
import { errorMessage } from "../errorMessage";
import { formatTable } from "../formatTable";
import { loadTemplateFile } from "../loadTemplateFile";
import { parseCommandArgs } from "../parseCommandArgs";
import { readJsonFile } from "../readJsonFile";
import type { RankingProblem } from "../../core/ranking";
import type { RankingInputFileProblem } from "../readRankingInputFiles";
import { rankingInputFilesOf, readRankingInputFiles } from "../readRankingInputFiles";
import { renderTemplateProblems } from "../renderTemplateProblems";
import { rankingProblemPlace } from "../rankingProblemPlace";
import { say } from "../say";
import { writeMinutes } from "../writeMinutes";

const USAGE =
  "rank TEMPLATE --returns DIR [--reviews F] [--cross F] [--votes F] [--history F] [--flags F] [--what-if UNIT] [--minutes BIEN_BAN.xlsx] [--force] [--lang vi|en] [--json]";

/** A problem in one of the files the command read, named by file (and field). */
type FileProblem = RankingInputFileProblem;

/**
 * `thidua rank TEMPLATE --returns DIR …`: ranks a bloc from every `*.json` return in DIR and the optional year-end
 * files. Prints the ranked table, the tie sentences, eligibility, proposals with unused quotas, stability and the
 * rotation. `--minutes F.xlsx` also writes the draft of the meeting's minutes (biên bản) from the same result.
 * Exits 1 when any file or return has a problem (the ranking of what is valid is still printed) or the minutes
 * could not be written.
 */
export const rankCommand: Command = {
  name: "rank",
  summary: {
    vi: "Xếp hạng khối: bảng xếp hạng, câu phân định bằng điểm, điều kiện, đề nghị khen thưởng theo chỉ tiêu, độ ổn định, luân phiên; --minutes ghi dự thảo biên bản họp (.xlsx, in A4).",
    en: "Rank a bloc: ranked table, tie sentences, eligibility, award proposals within quotas, stability, rotation; --minutes writes the draft minutes of the meeting (.xlsx, A4).",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      {
        returns: { type: "string" },
        reviews: { type: "string" },
        cross: { type: "string" },
        votes: { type: "string" },
        history: { type: "string" },
        flags: { type: "string" },
        "what-if": { type: "string" },
        minutes: { type: "string" },
        force: { type: "boolean" },
      },
      { min: 1, max: 1 },
    );
    if (!parsed) return 2;
    const { lang, json } = parsed;
    const returnsDir = parsed.values.returns;
    if (typeof returnsDir !== "string") {
      io.stderr.write(
        lang === "en"
          ? `thidua: --returns DIR is required.\nUsage: thidua ${USAGE}\n`
          : `thidua: cần --returns THƯ_MỤC.\nCách dùng: thidua ${USAGE}\n`,
      );
      return 2;
    }
    const templateFile = parsed.positionals[0]!;
    const loaded = await loadTemplateFile(templateFile, io.cwd);
    if (!loaded.ok) {
      if (json)
        io.stdout.write(
          `${JSON.stringify({ ok: false, file: templateFile, problems: loaded.problems }, null, 2)}\n`,
        );
      else io.stdout.write(renderTemplateProblems(templateFile, loaded.problems, lang));
      return 1;
    }
    const compiled = loaded.compiled;
    const fileProblems: FileProblem[] = [];

    const returns = await readReturns(returnsDir, io, fileProblems);
    const inputFiles = rankingInputFilesOf(parsed.values);
    const yearEnd = await readRankingInputFiles(inputFiles, io.cwd);
    fileProblems.push(...yearEnd.problems);
    const { inputs } = yearEnd;

    let ranked: RankedBloc;
    try {
      const unit = parsed.values["what-if"];
      ranked = rankBloc(compiled, returns, inputs, typeof unit === "string" ? { whatIf: unit } : {});
    } catch (error) {
      // rankBloc validates everything it is given; reaching here is a bug, reported rather than crashing.
      io.stderr.write(`thidua rank: ${errorMessage(error)}\n`);
      return 1;
    }
    const { result, whatIf } = ranked;
    const minutes = parsed.values.minutes;
    if (typeof minutes === "string") {
      const written = await writeMinutes(minutes, compiled, result, { args, io, lang });
      if (!written) return 1;
    }
    const ok = fileProblems.length === 0 && result.problems.length === 0;
    if (json) {
      const output = typeof minutes === "string" ? { minutes } : {};
      io.stdout.write(`${JSON.stringify({ ok, fileProblems, result, whatIf, ...output }, null, 2)}\n`);
    } else {
      if (typeof minutes === "string")
        io.stdout.write(`${lang === "en" ? "Minutes written" : "Đã ghi biên bản"}: ${minutes}\n\n`);
      io.stdout.write(renderRanking(compiled, ranked, lang));
      if (whatIf !== undefined) io.stdout.write(renderWhatIf(compiled, whatIf, lang));
      io.stdout.write(renderProblems(fileProblems, result, lang, inputFiles));
    }
    return ok ? 0 : 1;
  },
};

/** Every `*.json` in the directory, in name order, parsed as a return; problems are collected per file. */
async function readReturns(dir: string, io: CliIo, problems: FileProblem[]): Promise<ReturnSource[]> {
  let names: string[];
  try {
    names = (await readdir(resolve(io.cwd, dir))).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    problems.push({
      file: dir,
      message: msg(
        `Không đọc được thư mục bản tự chấm (${errorMessage(error)}).`,
        `Cannot read the returns directory (${errorMessage(error)}).`,
      ),
    });
    return [];
  }
  if (names.length === 0) {
    problems.push({
      file: dir,
      message: msg("Thư mục không có bản tự chấm (*.json) nào.", "The directory holds no returns (*.json)."),
    });
  }
  const out: ReturnSource[] = [];
  for (const name of names) {
    const file = `${dir.replace(/\/$/, "")}/${name}`;
    const read = await readJsonFile(file, io.cwd);
    if (!read.ok) {
      problems.push({ file, message: read.message });
      continue;
    }
    const ret = parseReturn(read.value);
    if (ret.ok) out.push({ source: file, return: ret.value });
    else for (const p of ret.problems) problems.push({ file, message: p.message });
  }
  return out;
}

/** The ranked table, ties, eligibility, proposals, score changes, stability and rotation, in the user's language. */
export function renderRanking(compiled: CompiledTemplate, ranked: RankedBloc, lang: Lang): string {
  const result = ranked.result;
  const t = (vi: string, en: string) => (lang === "vi" ? vi : en);
  const n = (v: number) => formatNumber(v, lang);
  const template = compiled.template;
  const nameOf = (id: string) => template.members.find((m) => m.id === id)?.name ?? id;
  const awardOf = (id: string) => {
    const a = template.awards.find((x) => x.id === id);
    return a === undefined ? id : lang === "vi" ? a.name : (a.nameEn ?? a.name);
  };
  const out: string[] = [];
  out.push(
    t(
      `Xếp hạng ${template.identity.bloc.name} — năm ${template.identity.year}`,
      `Ranking of ${template.identity.bloc.name} — ${template.identity.year}`,
    ),
    t(
      `Bảng ${template.id}, mã vân tay ${shortFingerprint(result.fingerprint)}; mã đầu vào ${result.inputHash}`,
      `Table ${template.id}, fingerprint ${shortFingerprint(result.fingerprint)}; input hash ${result.inputHash}`,
    ),
    "",
  );
  const header = [
    t("STT", "No."),
    t("Đơn vị", "Unit"),
    t("Tự chấm", "Self"),
    t("Thẩm định", "Reviewed"),
    t("Thưởng", "Bonus"),
    t("Trừ", "Deduct."),
    t("Tổng", "Total"),
    t("Hạng", "Rank"),
    t("Xếp loại", "Band"),
    t("Đề nghị", "Proposed"),
  ];
  const rows = result.units.map((u, i) => [
    String(i + 1),
    u.name,
    u.hasReturn ? n(u.selfScore) : "—",
    u.hasReturn ? n(u.reviewedScore) : "—",
    u.hasReturn ? n(u.bonus) : "—",
    u.hasReturn ? n(u.deductions) : "—",
    u.hasReturn ? n(u.total) : "—",
    u.rank === null ? "—" : String(u.rank),
    u.band === null ? "—" : u.band.name[lang],
    u.proposed === null ? "" : awardOf(u.proposed),
  ]);
  out.push(
    formatTable([header, ...rows], {
      header: true,
      align: ["right", "left", "right", "right", "right", "right", "right", "right"],
    }).trimEnd(),
  );

  if (result.ties.length > 0) {
    out.push("", t("Bằng điểm:", "Ties:"));
    for (const tie of result.ties) out.push(`- ${tie.sentence[lang]}.`);
  }

  const held = result.units.filter((u) => u.eligibility.reasons.length > 0);
  if (held.length > 0) {
    out.push("", t("Điều kiện:", "Eligibility:"));
    for (const u of held) {
      const status = !u.eligibility.ranked
        ? t("không xếp hạng", "not ranked")
        : !u.eligibility.awardable
          ? t("không đề nghị khen thưởng", "not proposed for awards")
          : t("ghi nhận, không ảnh hưởng", "noted, no effect");
      out.push(`- ${u.name}: ${status} — ${u.eligibility.reasons.map((r) => r.reason[lang]).join("; ")}`);
    }
  }

  if (result.proposals.length > 0) {
    out.push("", t("Đề nghị khen thưởng:", "Award proposals:"));
    for (const p of ranked.proposalsInAwardOrder) {
      const vote = {
        held: t("đã bỏ phiếu", "vote held"),
        pending: t("chờ bỏ phiếu", "vote pending"),
        none: t("không bỏ phiếu", "no vote"),
      }[p.vote];
      const names = p.proposed.map(nameOf).join(", ") || t("(không có)", "(none)");
      out.push(
        `- ${p.name[lang]} — ${t("chỉ tiêu", "quota")} ${p.quota} (${p.quotaExplanation[lang]}; ${vote}): ${names}`,
      );
      if (p.unusedReason !== null) out.push(`  ${p.unusedReason[lang]}.`);
      // Who was passed over and why: the vote tally, the top N, a tie at the quota's edge, last year's holder…
      for (const c of p.candidates) {
        if (c.outcome === "proposed") continue;
        const why =
          c.outcome === "ineligible"
            ? t(`Không đủ điều kiện (${c.detail.vi})`, `Not eligible (${c.detail.en})`)
            : c.detail[lang];
        out.push(`  · ${nameOf(c.unitId)}: ${why}`);
      }
    }
  }

  const changed = result.units.filter((u) => u.stages.length > 0);
  if (changed.length > 0) {
    out.push("", t("Điểm được điều chỉnh:", "Adjusted scores:"));
    for (const u of changed) {
      for (const s of u.stages) {
        const path = s.trail.flatMap((step) => (step.points === null ? [] : [n(step.points)])).join(" → ");
        out.push(`- ${u.name}, ${s.code}: ${path}`);
        for (const step of s.trail) if (step.stage !== "self") out.push(`  · ${renderStep(step, lang)}`);
      }
    }
  }

  out.push("", t("Độ ổn định của thứ hạng:", "Rank stability:"));
  const st = result.stability;
  if (st.alternatives.length === 0)
    out.push(
      t("- Quy chế không nêu phương án khác để so sánh.", "- The policy names no alternative to compare."),
    );
  for (const alt of st.alternatives) {
    const moves = alt.moves
      .map((m) => `${nameOf(m.unitId)} ${m.rank ?? "—"} → ${m.alternativeRank ?? "—"}`)
      .join(", ");
    const changes =
      alt.proposalChanges.length > 0
        ? t(
            `; đề nghị thay đổi: ${alt.proposalChanges.map(awardOf).join(", ")}`,
            `; proposals change: ${alt.proposalChanges.map(awardOf).join(", ")}`,
          )
        : "";
    out.push(`- ${alt.label[lang]}: ${moves || t("không ai đổi hạng", "nobody moves")}${changes}`);
  }
  for (const c of ranked.closeCalls) out.push(`- ${c.sentence[lang]}`);
  out.push(
    st.robust
      ? t(
          "- Thứ hạng ổn định theo các phương án quy chế cho phép.",
          "- The order is robust under the options the policy allows.",
        )
      : t(
          "- Thứ hạng thay đổi theo phương án khác: xem trên.",
          "- The order changes under another option: see above.",
        ),
  );

  if (result.rotation !== null) {
    const r = result.rotation;
    out.push(
      "",
      t(
        `Luân phiên năm ${r.year}: Khối trưởng ${r.leader === null ? "chưa xác định" : nameOf(r.leader)}, Khối phó ${r.deputy === null ? "chưa xác định" : nameOf(r.deputy)}.`,
        `Rotation ${r.year}: leader ${r.leader === null ? "undecided" : nameOf(r.leader)}, deputy ${r.deputy === null ? "undecided" : nameOf(r.deputy)}.`,
      ),
      `  ${r.explanation[lang]}.`,
    );
  }
  return `${out.join("\n")}\n`;
}

const STEP_LABEL: Record<Exclude<ScoreStep["stage"], "self" | "cross">, [string, string]> = {
  review: ["Thẩm định", "Review"],
  explanation: ["Giải trình", "Explanation"],
  "second-review": ["Thẩm định lại", "Second review"],
  agreed: ["Hội nghị thống nhất", "Agreed at the meeting"],
};

/** One step of a score trail: "Thẩm định (reviewer, 10/12/2019 09:00): 17 — reason", "Giải trình (…): text". */
function renderStep(step: ScoreStep, lang: Lang): string {
  const text = step.text?.[lang] ?? "";
  if (step.stage === "cross" || step.stage === "self") return text;
  const label = STEP_LABEL[step.stage][lang === "vi" ? 0 : 1];
  const who = [step.by, step.at === null ? null : formatIsoTime(step.at)]
    .filter((x) => x !== null)
    .join(", ");
  const head = who === "" ? label : `${label} (${who})`;
  return step.points === null ? `${head}: ${text}` : `${head}: ${formatNumber(step.points, lang)} — ${text}`;
}

function renderWhatIf(compiled: CompiledTemplate, w: WhatIf, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === "vi" ? vi : en);
  const n = (v: number) => formatNumber(v, lang);
  const nameOf = (id: string) => compiled.template.members.find((m) => m.id === id)?.name ?? id;
  const out = ["", t(`Giả định cho ${nameOf(w.unitId)}:`, `What-if for ${nameOf(w.unitId)}:`)];
  if (!compiled.memberIds.has(w.unitId))
    out.push(t(`- "${w.unitId}" không phải đơn vị thành viên.`, `- "${w.unitId}" is not a member.`));
  else if (w.target === null)
    out.push(
      t(
        "- Không có hạng cao hơn để vươn lên (đứng đầu hoặc không xếp hạng).",
        "- No higher rank to reach (top or not ranked).",
      ),
    );
  else {
    out.push(
      t(
        `- Cần vượt ${nameOf(w.target.unitId)} (${n(w.target.total)} điểm), hạng hiện tại ${w.rank}.`,
        `- Needs to pass ${nameOf(w.target.unitId)} (${n(w.target.total)}), current rank ${w.rank}.`,
      ),
    );
    if (w.changes.length === 0)
      out.push(t("- Không tiêu chí đơn lẻ nào đủ để vươn lên.", "- No single criterion is enough."));
    for (const c of w.changes.slice(0, 5))
      out.push(`- ${c.code}: ${n(c.from)} → ${n(c.to)} (${c.change > 0 ? "+" : ""}${n(c.change)})`);
  }
  return `${out.join("\n")}\n`;
}

function renderProblems(
  fileProblems: readonly FileProblem[],
  result: RankingResult,
  lang: Lang,
  inputFiles: Partial<Record<RankingProblem["source"], string>>,
): string {
  if (fileProblems.length === 0 && result.problems.length === 0) return "";
  const out = ["", lang === "vi" ? "Lỗi:" : "Problems:"];
  for (const p of fileProblems) {
    const text = say(lang, p.message);
    // readJsonFile's messages already start with the file name.
    out.push(text.startsWith(p.file) ? `- ${text}` : `- ${p.file}${p.path ? ` ${p.path}` : ""}: ${text}`);
  }
  for (const p of result.problems)
    out.push(`- ${rankingProblemPlace(p, lang, inputFiles)}: ${say(lang, p.message)}`);
  return `${out.join("\n")}\n`;
}
