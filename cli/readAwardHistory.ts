import { z } from "zod";
import { msg } from "../core/i18n/localized";
import type { AwardRecord } from "../core/returns/awardHistory";
import { AwardRecordSchema } from "../core/returns/awardHistory";
import { IdSchema } from "../core/template/criterionRuleSchema";
import type { TemplateProblem } from "../core/template/templateProblem";
import { zodIssueToProblem } from "../core/template/zodIssueToProblem";
import { readJsonFile } from "./readJsonFile";

/**
 * An award-history file (lịch sử khen thưởng của khối): the awards members received in past years, which
 * award-history bonuses read. `{ "bloc": "…", "awards": [{ "unitId", "year", "award", "revoked"? }] }`.
 */
export const AwardHistoryFileSchema = z.strictObject({
  bloc: IdSchema.optional(),
  /** Marks invented sample data. */
  sample: z.boolean().optional(),
  note: z.string().max(4000).optional(),
  awards: z.array(AwardRecordSchema),
});

export type ReadAwardHistory =
  { ok: true; awards: AwardRecord[] } | { ok: false; problems: TemplateProblem[] };

/** Reads and validates an award-history file; every problem names the file and the field path. */
export async function readAwardHistory(file: string, cwd: string): Promise<ReadAwardHistory> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { ok: false, problems: [{ path: "(file)", message: read.message }] };
  // reportInput lets the message tell a wrong value ("Cần kiểu number") from a missing one.
  const parsed = AwardHistoryFileSchema.safeParse(read.value, { reportInput: true });
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
