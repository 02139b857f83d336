import { z } from "zod";
import type { PlanCell, WorkbookPlan } from "./sheetPlan";
import { SHEET_STYLES } from "./sheetStyles";

/** The very hidden sheet where the workbook keeps the receipt of the last submit of its return (biên nhận). */
export const SUBMISSION_SHEET = "_thidua_nop";
/** Marker in cell A1 of that sheet. */
export const SUBMISSION_MARKER = "thidua-submission";

/**
 * What was sent from this workbook and what the server answered: the period and unit, the version, the server's
 * time, the hash of the return as stored (the sheet has changed since when its return hashes to something else),
 * the server's total and who sent it (the signed-in actor).
 */
export const SubmissionRecordSchema = z.strictObject({
  periodId: z.string().min(1),
  unitId: z.string().min(1),
  version: z.number().int().min(1),
  receivedAt: z.iso.datetime(),
  returnHash: z.string().regex(/^[0-9a-f]{64}$/),
  total: z.number(),
  by: z.string().min(1),
});
export type SubmissionRecord = z.infer<typeof SubmissionRecordSchema>;

const KEYS = Object.keys(SubmissionRecordSchema.shape) as (keyof SubmissionRecord)[];

/** The record as a one-sheet plan: marker, then one key/value row per field; very hidden and protected. */
export function submissionRecordPlan(record: SubmissionRecord): WorkbookPlan {
  const cells: (PlanCell | null)[][] = [[{ v: SUBMISSION_MARKER }, { v: 1 }]];
  for (const key of KEYS) {
    const value = record[key];
    cells.push([
      { v: key, text: true },
      { v: value, text: typeof value === "string" },
    ]);
  }
  return {
    styles: SHEET_STYLES,
    sheets: [
      {
        name: SUBMISSION_SHEET,
        visibility: "veryHidden",
        columns: [{ width: 16 }, { width: 70 }],
        cells,
        merges: [],
        validations: [],
        conditionalFormats: [],
        protect: true,
      },
    ],
  };
}

/** The record read back from the sheet's grid; undefined when the sheet is absent, not ours or damaged. */
export function parseSubmissionRecord(
  grid: readonly (readonly unknown[])[] | undefined,
): SubmissionRecord | undefined {
  if (!grid || grid[0]?.[0] !== SUBMISSION_MARKER) return undefined;
  const raw: Record<string, unknown> = {};
  for (const row of grid.slice(1)) {
    const key = row[0];
    if (typeof key === "string" && (KEYS as string[]).includes(key)) raw[key] = row[1];
  }
  const parsed = SubmissionRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
