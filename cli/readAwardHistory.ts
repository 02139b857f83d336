import { msg } from "../core/i18n/localized";
import type { AwardRecord } from "../core/returns/awardHistory";
import { HistoryFileSchema } from "../core/ranking/historyFileSchema";
import type { TemplateProblem } from "../core/template/templateProblem";
import { zodIssueToProblem } from "../core/template/zodIssueToProblem";
import { readJsonFile } from "./readJsonFile";

export type ReadAwardHistory =
  { ok: true; awards: AwardRecord[] } | { ok: false; problems: TemplateProblem[] };

/**
 * Reads the bloc's history file (the same file `thidua rank` reads, `HistoryFileSchema`) and returns its awards,
 * which award-history bonuses need; every problem names the file and the field path.
 */
export async function readAwardHistory(file: string, cwd: string): Promise<ReadAwardHistory> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { ok: false, problems: [{ path: "(file)", message: read.message }] };
  // reportInput lets the message tell a wrong value ("Cần kiểu number") from a missing one.
  const parsed = HistoryFileSchema.safeParse(read.value, { reportInput: true });
  if (parsed.success) return { ok: true, awards: parsed.data.awards };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const p = zodIssueToProblem(issue);
      return {
        path: `${file}: ${p.path}`,
        message: msg(`Lịch sử khen thưởng: ${p.message.vi}`, `Award history: ${p.message.en}`),
      };
    }),
  };
}
