import { z } from "zod";
import { CodeSchema, IdSchema } from "../template/criterionRuleSchema";
import { InputPointsSchema, RANKING_INPUT_FORMAT_VERSION, TimeSchema } from "./reviewsFileSchema";

/** One cross-score (chấm chéo): unit `scorer` gives unit `unitId` these points on one criterion. Never itself. */
export const CrossScoreSchema = z.strictObject({
  scorer: IdSchema,
  unitId: IdSchema,
  code: CodeSchema,
  points: InputPointsSchema,
  at: TimeSchema.optional(),
  note: z.string().max(2000).optional(),
});

/** The cross-scores file; a unit's score of itself is rejected with the path of its `scorer`. */
export const CrossScoresFileSchema = z
  .strictObject({
    formatVersion: z.literal(RANKING_INPUT_FORMAT_VERSION),
    scores: z.array(CrossScoreSchema),
  })
  .superRefine((file, ctx) => {
    file.scores.forEach((s, i) => {
      if (s.scorer === s.unitId) {
        ctx.addIssue({
          code: "custom",
          path: ["scores", i, "scorer"],
          message: `a unit cannot cross-score itself ("${s.scorer}")`,
          params: { vi: `một đơn vị không được tự chấm chéo chính mình ("${s.scorer}")` },
        });
      }
    });
  });

export type CrossScore = z.infer<typeof CrossScoreSchema>;
export type CrossScoresFile = z.infer<typeof CrossScoresFileSchema>;
