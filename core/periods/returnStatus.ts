import type { z } from "zod";
import type { PeriodInputSchema, PeriodResponseSchema, ReturnResponseSchema } from "../api/resourceSchemas";

type PeriodView = z.infer<typeof PeriodResponseSchema>;
type StoredReturnView = z.infer<typeof ReturnResponseSchema>;
type PeriodInputs = z.infer<typeof PeriodInputSchema>[];

/** Where a unit's return stands (bản nháp / đã nộp / đang thẩm định / đã điều chỉnh / chính thức). */
export type ReturnStage = "draft" | "submitted" | "under-review" | "adjusted" | "final";

/** One reviewer's adjustment of a criterion, shown beside the unit's own points, with its explanation if sent. */
export type AdjustmentRow = {
  code: string;
  stage: "review" | "second-review" | "agreed";
  points: number;
  reason: string;
  /** The unit's own points for that criterion in the submitted return (undefined when not scored here). */
  own: number | undefined;
  explanation: string | undefined;
};

export type ReturnStatus = { stage: ReturnStage; version: number | undefined; adjustments: AdjustmentRow[] };

/**
 * The return's stage from the server's facts only: nothing stored is a draft; a finalized period is final; a
 * review of this unit makes it adjusted; a period no longer open puts it under review; otherwise submitted.
 * `ownPoints` gives the unit's points per criterion code (core's scoring of the sheet).
 */
export function returnStatus(
  period: PeriodView["period"],
  stored: StoredReturnView | undefined,
  inputs: PeriodInputs,
  unitId: string,
  ownPoints: (code: string) => number | undefined,
): ReturnStatus {
  const explanations = new Map<string, string>();
  const adjustments: AdjustmentRow[] = [];
  for (const input of inputs) {
    if (input.kind === "explanation" && input.value.unitId === unitId) {
      explanations.set(input.value.code, input.value.text);
    }
    if (input.kind === "review" && input.value.unitId === unitId) {
      const { code, stage, points, reason } = input.value;
      adjustments.push({ code, stage, points, reason, own: ownPoints(code), explanation: undefined });
    }
  }
  for (const row of adjustments) row.explanation = explanations.get(row.code);
  const stage: ReturnStage =
    stored === undefined
      ? "draft"
      : period.state === "finalized"
        ? "final"
        : adjustments.length > 0
          ? "adjusted"
          : period.state === "open"
            ? "submitted"
            : "under-review";
  return { stage, version: stored?.current.version, adjustments };
}
