import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";
import { EligibilityFlagSchema } from "../template/rankingPolicySchema";
import { RANKING_INPUT_FORMAT_VERSION, TimeSchema } from "./reviewsFileSchema";

const Reason = z.string().trim().min(1, { message: "required, not empty" }).max(2000);

/**
 * One eligibility flag on a unit (disciplined unit or head, investigation, corruption case, low rating, no covenant,
 * late return, manual disqualification), always with a reason. A flag decided after a result was produced
 * (retroactive disqualification) is simply added: ranking again gives the new result and a new input hash.
 */
export const EligibilityFlagEntrySchema = z.strictObject({
  unitId: IdSchema,
  flag: EligibilityFlagSchema,
  reason: Reason,
  decidedAt: TimeSchema.optional(),
  source: z.string().max(500).optional(),
});

/** A unit that received an award last year and steps aside (nhường) this year, where the policy allows it. */
export const StepAsideSchema = z.strictObject({ unitId: IdSchema, award: IdSchema, reason: Reason });

export const EligibilityFileSchema = z
  .strictObject({
    formatVersion: z.literal(RANKING_INPUT_FORMAT_VERSION),
    flags: z.array(EligibilityFlagEntrySchema).default([]),
    stepsAside: z.array(StepAsideSchema).default([]),
  })
  // One step-aside per unit and award: two, with different reasons, would leave the file's order to pick the reason.
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.stepsAside.forEach((s, i) => {
      const key = `${s.unitId}/${s.award}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["stepsAside", i, "unitId"],
          message: `"${s.unitId}" steps aside from "${s.award}" twice (see stepsAside[${first}])`,
          params: { vi: `"${s.unitId}" nhường "${s.award}" hai lần (xem stepsAside[${first}])` },
        });
      } else seen.set(key, i);
    });
  });

export type EligibilityFlagEntry = z.infer<typeof EligibilityFlagEntrySchema>;
export type StepAside = z.infer<typeof StepAsideSchema>;
export type EligibilityFile = z.infer<typeof EligibilityFileSchema>;
