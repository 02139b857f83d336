import type { AuditBreak, AuditEntry, AuditVerification } from "../../core/audit";
import { AuditExportSchema, verifyAuditChain } from "../../core/audit";
import type { Lang, Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import type { Command } from "../cliIo";
import { parseCommandArgs } from "../parseCommandArgs";
import { readJsonFile } from "../readJsonFile";
import { say } from "../say";

const USAGE = "audit verify FILE.json [FILE.json…] [--lang vi|en] [--json]";

/** What `thidua audit verify` found, as `--json` prints it. */
export type AuditVerifyReport = {
  ok: boolean;
  count: number;
  first: string | null;
  last: string | null;
  lastHash: string | null;
  break: AuditBreak | null;
};

/**
 * `thidua audit verify FILE…`: checks an audit log exported by `GET /api/audit/export` (one file per page) with
 * core's chain verification; names the first edited, removed or relinked entry. Exit 0 valid, 1 broken or
 * unreadable, 2 usage.
 */
export const auditVerifyCommand: Command = {
  name: "audit verify",
  summary: {
    vi: "Kiểm tra nhật ký đã xuất từ máy chủ (GET /api/audit/export): chỉ ra mục bị sửa, bị xóa hoặc bị nối lại.",
    en: "Verify an audit log exported by the server (GET /api/audit/export): names an edited, removed or relinked entry.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      {},
      { min: 1, max: Number.POSITIVE_INFINITY },
    );
    if (!parsed) return 2;
    const { lang, json } = parsed;
    const read = await readExport(parsed.positionals, io.cwd);
    if (!read.ok) {
      if (json) io.stdout.write(`${JSON.stringify({ ok: false, problems: read.problems }, null, 2)}\n`);
      else io.stderr.write(read.problems.map((p) => `thidua: ${say(lang, p)}\n`).join(""));
      return 1;
    }
    const report = auditVerifyReport(read.entries, verifyAuditChain(read.entries));
    io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderAuditVerify(report, lang));
    return report.ok ? 0 : 1;
  },
};

type ReadExport = { ok: true; entries: AuditEntry[] } | { ok: false; problems: Localized[] };

/** Reads every page with the CLI's safe reader and core's export schema; the pages together must end the chain. */
async function readExport(files: readonly string[], cwd: string): Promise<ReadExport> {
  const entries: AuditEntry[] = [];
  const problems: Localized[] = [];
  let open: number | null = null;
  for (const file of files) {
    const read = await readJsonFile(file, cwd);
    if (!read.ok) {
      problems.push(read.message);
      continue;
    }
    const page = AuditExportSchema.safeParse(read.value);
    if (!page.success) {
      const where = page.error.issues.map((i) => i.path.join(".") || "/").join(", ");
      problems.push(
        msg(
          `${file}: không phải nhật ký xuất theo định dạng thidua-audit/1 (sai ở: ${where}).`,
          `${file}: not an audit export in the thidua-audit/1 format (wrong at: ${where}).`,
        ),
      );
      continue;
    }
    entries.push(...page.data.entries);
    if (page.data.next !== null) open = Math.max(open ?? 0, page.data.next);
  }
  const lastSeq = Math.max(0, ...entries.map((e) => e.seq));
  if (problems.length === 0 && open !== null && lastSeq <= open)
    problems.push(
      msg(
        `Thiếu trang tiếp theo: hãy xuất thêm với ?after=${open} và đưa cả tệp đó vào.`,
        `A page is missing: export again with ?after=${open} and give that file too.`,
      ),
    );
  return problems.length === 0 ? { ok: true, entries } : { ok: false, problems };
}

/** The report of a verified chain: count, first and last time, and the break if any. */
export function auditVerifyReport(
  entries: readonly AuditEntry[],
  verification: AuditVerification,
): AuditVerifyReport {
  const times = entries.map((e) => e.at).sort();
  return {
    ok: verification.ok,
    count: verification.count,
    first: times[0] ?? null,
    last: times.at(-1) ?? null,
    lastHash: verification.ok ? verification.lastHash : null,
    break: verification.ok ? null : verification.break,
  };
}

/** The report in words, Vietnamese or English. */
export function renderAuditVerify(report: AuditVerifyReport, lang: Lang): string {
  const span =
    report.first === null
      ? msg("Nhật ký: 0 mục.", "Audit log: 0 entries.")
      : msg(
          `Nhật ký: ${report.count} mục, từ ${report.first} đến ${report.last}.`,
          `Audit log: ${report.count} entries, from ${report.first} to ${report.last}.`,
        );
  const verdict =
    report.break === null
      ? msg(
          `Chuỗi hợp lệ. Mã băm cuối: ${report.lastHash} (so với mã lưu nơi khác để biết các mục cuối không bị xóa).`,
          `Chain valid. Last hash: ${report.lastHash} (compare it with one kept elsewhere to know no last entries were removed).`,
        )
      : breakWords(report.break);
  return `${say(lang, span)}\n${say(lang, verdict)}\n`;
}

function breakWords({ seq, kind }: AuditBreak): Localized {
  switch (kind) {
    case "edited":
      return msg(
        `Chuỗi bị phá vỡ: mục số ${seq} đã bị sửa (mã băm không khớp nội dung).`,
        `Chain broken: entry ${seq} was edited (its hash does not match its content).`,
      );
    case "missing":
      return msg(`Chuỗi bị phá vỡ: mục số ${seq} đã bị xóa.`, `Chain broken: entry ${seq} was removed.`);
    case "relinked":
      return msg(
        `Chuỗi bị phá vỡ: mục số ${seq} không nối với mục trước (bị nối lại hoặc đổi chỗ).`,
        `Chain broken: entry ${seq} does not link to the previous entry (relinked or moved).`,
      );
  }
}
