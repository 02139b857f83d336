import type { ReceivedReturn } from "../core/bloc";
import type { Lang } from "../core/i18n";
import type { CompiledTemplate } from "../core/template";

/**
 * Which returns came from files, and the unit each file claims: a file read offline cannot prove who filled or sent
 * it (anyone may copy a unit's workbook and edit it), so the report says so; the back end's signed-in submission
 * is what ties a return to its unit (docs/limits.md).
 */
export function renderReturnSources(
  compiled: CompiledTemplate,
  received: readonly ReceivedReturn[],
  lang: Lang,
): string {
  const read = received.flatMap((r) => (r.read.ok ? [{ file: r.file, unitId: r.read.return.unitId }] : []));
  if (read.length === 0) return "";
  const name = (id: string) => compiled.template.members.find((m) => m.id === id)?.name ?? id;
  const lines = read.map((r) => `  ${r.file} → ${name(r.unitId)} (${r.unitId})`);
  const head =
    lang === "en"
      ? `Returns read from files (${read.length}); the unit is what each file claims: a file cannot prove who sent it (a signed-in submission to the server can):`
      : `Bản tự chấm đọc từ tệp (${read.length}); đơn vị là đơn vị mà tệp tự ghi: một tệp không chứng minh được ai đã gửi (bản nộp qua máy chủ có đăng nhập thì chứng minh được):`;
  return `${head}\n${lines.join("\n")}\n`;
}
