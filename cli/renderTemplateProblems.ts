import type { Lang } from "../core/i18n";
import type { TemplateProblem } from "../core/template";
import { say } from "./say";

/** "✗ FILE: bảng chấm điểm có 3 lỗi:" then one line per problem: its path, then what to do. */
export function renderTemplateProblems(
  file: string,
  problems: readonly TemplateProblem[],
  lang: Lang,
): string {
  const n = problems.length;
  const head =
    lang === "en"
      ? `✗ ${file}: ${n} problem${n === 1 ? "" : "s"} in the scoring table:`
      : `✗ ${file}: bảng chấm điểm có ${n} lỗi:`;
  // "(file)" is the path of a problem about the whole file; it is said in the reader's language.
  const where = (path: string) => (path === "(file)" && lang === "vi" ? "(tệp)" : path);
  return `${[head, ...problems.map((p) => `  ${where(p.path)}: ${say(lang, p.message)}`)].join("\n")}\n`;
}
