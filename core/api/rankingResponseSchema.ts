import { z } from "zod";
import { FinalizedSummarySchema } from "../history/finalizedSummary";
import { PeriodSchema } from "../periods/periodSchema";
import { HistoryFileSchema } from "../ranking/historyFileSchema";
import type { ReturnsProblemType } from "../ranking/rankingProblem";
import type { RankingResult } from "../ranking/rankingResult";
import { EligibilityFlagSchema, GateEffectSchema, TieBreakKeySchema } from "../template/rankingPolicySchema";

const Localized = z.strictObject({ vi: z.string(), en: z.string() });

/** Every kind of returns problem a ranking can list (checked against the type below, both ways). */
const RETURNS_PROBLEM_TYPES = [
  "fingerprint-mismatch",
  "template-mismatch",
  "unknown-unit",
  "unknown-criterion",
  "missing-entry",
  "wrong-field",
  "out-of-range",
  "not-a-step",
  "unknown-level",
  "invalid-target",
  "missing-evidence",
  "cap-exceeded",
  "history-entry",
  "history-missing",
  "duplicate-identical",
  "duplicate-superseded",
  "duplicate-undecided",
  "missing-returns",
] as const satisfies readonly ReturnsProblemType[];
// A problem type added in core without being listed here fails the type check.
type Unlisted = Exclude<ReturnsProblemType, (typeof RETURNS_PROBLEM_TYPES)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTypeListed;

const StageSchema = z.enum(["self", "review", "second-review", "cross", "agreed"]);

const RankedUnitSchema = z.strictObject({
  unitId: z.string(),
  name: z.string(),
  hasReturn: z.boolean(),
  selfTotal: z.number(),
  selfScore: z.number(),
  reviewedScore: z.number(),
  bonus: z.number(),
  deductions: z.number(),
  total: z.number(),
  rank: z.number().int().min(1).nullable(),
  band: z.strictObject({ id: z.string(), name: Localized }).nullable(),
  eligibility: z.strictObject({
    ranked: z.boolean(),
    awardable: z.boolean(),
    reasons: z.array(
      z.strictObject({
        flag: z.union([EligibilityFlagSchema, z.literal("no-return")]),
        effect: GateEffectSchema,
        reason: Localized,
      }),
    ),
  }),
  proposals: z.array(z.string()),
  proposed: z.string().nullable(),
  stages: z.array(
    z.strictObject({
      code: z.string(),
      self: z.number(),
      final: z.number(),
      stage: StageSchema,
      note: Localized,
      trail: z.array(
        z.strictObject({
          stage: z.union([StageSchema, z.literal("explanation")]),
          points: z.number().nullable(),
          by: z.string().nullable(),
          at: z.string().nullable(),
          text: Localized.nullable(),
          final: z.boolean(),
        }),
      ),
    }),
  ),
});

const CandidateOutcomeSchema = z.enum([
  "proposed",
  "ineligible",
  "below-minimum",
  "band",
  "prerequisite",
  "already-proposed",
  "last-year-holder",
  "stepped-aside",
  "not-in-top-n",
  "vote-failed",
  "undecided",
  "quota-full",
]);

const Moves = z.array(
  z.strictObject({
    unitId: z.string(),
    rank: z.number().int().nullable(),
    alternativeRank: z.number().int().nullable(),
  }),
);

/**
 * The ranking result as the server sends it (kết quả xếp hạng, `rankBloc`'s result as JSON): the pane parses it
 * before showing or inserting anything. Its output is core's `RankingResult` (checked at compile time below).
 */
export const RankingResultSchema = z.strictObject({
  units: z.array(RankedUnitSchema),
  ties: z.array(
    z.strictObject({
      above: z.string(),
      below: z.string(),
      total: z.number(),
      resolvedBy: TieBreakKeySchema.nullable(),
      decision: z
        .strictObject({
          index: z.number().int().min(0),
          reason: z.string(),
          decidedAt: z.string().optional(),
        })
        .optional(),
      sentence: Localized,
    }),
  ),
  proposals: z.array(
    z.strictObject({
      award: z.string(),
      name: Localized,
      quota: z.number().int().min(0),
      quotaExplanation: Localized,
      proposed: z.array(z.string()),
      undecided: z.array(z.string()),
      unused: z.number().int(),
      unusedReason: Localized.nullable(),
      vote: z.enum(["held", "pending", "none"]),
      candidates: z.array(
        z.strictObject({ unitId: z.string(), outcome: CandidateOutcomeSchema, detail: Localized }),
      ),
    }),
  ),
  templateId: z.string(),
  fingerprint: z.string(),
  year: z.number().int(),
  inputHash: z.string(),
  stability: z.strictObject({
    alternatives: z.array(
      z.strictObject({ label: Localized, moves: Moves, proposalChanges: z.array(z.string()) }),
    ),
    closeCalls: z.array(z.strictObject({ above: z.string(), below: z.string(), gap: z.number() })),
    robust: z.boolean(),
  }),
  rotation: z
    .strictObject({
      year: z.number().int(),
      leader: z.string().nullable(),
      deputy: z.string().nullable(),
      explanation: Localized,
    })
    .nullable(),
  problems: z.array(
    z.strictObject({
      source: z.enum(["reviews", "cross", "votes", "history", "eligibility", "returns", "policy"]),
      path: z.string(),
      unitId: z.string().optional(),
      code: z.string().optional(),
      type: z.enum(RETURNS_PROBLEM_TYPES).optional(),
      file: z.string().optional(),
      message: Localized,
      outcome: z
        .discriminatedUnion("kind", [
          z.strictObject({ kind: z.literal("refused") }),
          z.strictObject({ kind: z.literal("counted"), points: z.number() }),
        ])
        .optional(),
    }),
  ),
});
// Both ways: whatever core's ranking produces passes, and what passes is core's type (the sheet plans take it).
const parsedIsResult = (v: z.output<typeof RankingResultSchema>): RankingResult => v;
const resultIsAccepted = (v: RankingResult): z.input<typeof RankingResultSchema> => v;
void parsedIsResult;
void resultIsAccepted;

/** `POST /api/periods/{periodId}/ranking`: the result and the history it was computed with (nothing stored). */
export const RankingResponseSchema = z.strictObject({
  result: RankingResultSchema,
  history: HistoryFileSchema.optional(),
});
export type RankingResponse = z.infer<typeof RankingResponseSchema>;

/** `POST /api/periods/{periodId}/finalize`: the period, now finalized, and the summary history will read. */
export const FinalizeResponseSchema = z.strictObject({
  period: PeriodSchema,
  summary: FinalizedSummarySchema,
});
export type FinalizeResponse = z.infer<typeof FinalizeResponseSchema>;
