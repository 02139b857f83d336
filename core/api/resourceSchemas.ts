import { z } from "zod";
import { AccessKeyRecordSchema, KeyIdSchema } from "../access/accessKey";
import { PrincipalSchema, RoleSchema } from "../access/principal";
import { AuditEntrySchema } from "../audit/auditEntry";
import { CouncilDecisionBodySchema, CouncilDecisionSchema } from "../history/councilDecision";
import { FinalizedSummarySchema } from "../history/finalizedSummary";
import { PeriodSchema } from "../periods/periodSchema";
import { CrossScoreSchema } from "../ranking/crossScoresFileSchema";
import { EligibilityFlagEntrySchema } from "../ranking/eligibilityFileSchema";
import { HistoryFileSchema, TermSchema } from "../ranking/historyFileSchema";
import { ExplanationSchema, ReviewAdjustmentSchema } from "../ranking/reviewsFileSchema";
import { VotesFileSchema } from "../ranking/votesFileSchema";
import { AwardRecordSchema } from "../returns/awardHistory";
import { UnitReturnSchema } from "../returns/returnSchema";
import { IdSchema } from "../template/criterionRuleSchema";

const Localized = z.strictObject({ vi: z.string(), en: z.string() });

/** A bloc as the board sets it up (khối thi đua): name, province, leader/deputy terms, and imported history. */
export const BlocSchema = z.strictObject({
  blocId: IdSchema,
  name: z.string().trim().min(1).max(300),
  province: z.string().trim().min(1).max(200),
  kind: z.enum(["bloc", "cluster"]),
  terms: z.array(TermSchema),
  /** History before the bloc used this service (awards, terms, ranks from its files). */
  importedHistory: HistoryFileSchema.optional(),
});
export type Bloc = z.infer<typeof BlocSchema>;

/** A problem the server found in a stored return (missing entry, no evidence…): kept, listed on the receipt. */
export const ReturnNoteSchema = z.strictObject({
  type: z.string(),
  code: z.string().optional(),
  message: Localized,
});

/** The receipt of a submitted return (biên nhận): version, server time, the totals the server computed, the hash. */
export const ReturnReceiptSchema = z.strictObject({
  periodId: IdSchema,
  unitId: IdSchema,
  version: z.number().int().min(1),
  receivedAt: z.iso.datetime(),
  late: z.boolean(),
  baseScore: z.number(),
  bonus: z.number(),
  deductions: z.number(),
  total: z.number(),
  provisional: z.boolean(),
  returnHash: z.string().regex(/^[0-9a-f]{64}$/),
  problems: z.array(ReturnNoteSchema),
});
export type ReturnReceipt = z.infer<typeof ReturnReceiptSchema>;

/** One stored version of a unit's return: the body as sent and the receipt the server computed from it. */
export const StoredReturnSchema = z.strictObject({
  periodId: IdSchema,
  unitId: IdSchema,
  version: z.number().int().min(1),
  actor: z.string(),
  firstReceivedAt: z.iso.datetime(),
  body: UnitReturnSchema,
  receipt: ReturnReceiptSchema,
});
export type StoredReturn = z.infer<typeof StoredReturnSchema>;

/** Review-stage inputs of a period, each stored as it came with the server's time and the actor. */
export const PeriodInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("review"),
    id: z.string(),
    actor: z.string(),
    value: ReviewAdjustmentSchema,
  }),
  z.strictObject({
    kind: z.literal("explanation"),
    id: z.string(),
    actor: z.string(),
    value: ExplanationSchema,
  }),
  z.strictObject({ kind: z.literal("cross"), id: z.string(), actor: z.string(), value: CrossScoreSchema }),
  z.strictObject({
    kind: z.literal("flag"),
    id: z.string(),
    actor: z.string(),
    value: EligibilityFlagEntrySchema,
  }),
  z.strictObject({
    kind: z.literal("votes"),
    id: z.string(),
    actor: z.string(),
    at: z.iso.datetime(),
    value: VotesFileSchema,
  }),
]);
export type PeriodInput = z.infer<typeof PeriodInputSchema>;

// ---- request bodies (strict: unknown fields are refused) ----

/** `PUT /api/blocs/{blocId}`. */
export const PutBlocBodySchema = BlocSchema.omit({ blocId: true });

/** `POST /api/periods`: open a period of a bloc on a stored template. */
export const CreatePeriodBodySchema = z.strictObject({
  periodId: IdSchema.optional(),
  blocId: IdSchema,
  templateId: IdSchema,
  deadline: z.iso.datetime(),
});

/** `POST /api/periods/{periodId}/transition`: close submissions or start the review. */
export const TransitionBodySchema = z.strictObject({ move: z.enum(["close", "start-review"]) });

/** `POST /api/periods/{periodId}/reopen`. */
export const ReopenBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

/** `POST /api/periods/{periodId}/reviews`: the reviewer and time are the server's. */
export const ReviewBodySchema = ReviewAdjustmentSchema.omit({ reviewer: true, at: true });

/** `POST /api/periods/{periodId}/explanations`. */
export const ExplanationBodySchema = ExplanationSchema.omit({ at: true });

/** `POST /api/periods/{periodId}/cross-scores`: the scorer is the caller's unit. */
export const CrossScoreBodySchema = CrossScoreSchema.omit({ scorer: true, at: true });

/** `POST /api/periods/{periodId}/flags`. */
export const FlagBodySchema = EligibilityFlagEntrySchema;

/** `PUT /api/periods/{periodId}/votes`: the ballots, elections and the meeting's tie decisions (replaces). */
export const VotesBodySchema = VotesFileSchema;

/** `POST /api/blocs/{blocId}/decisions` (board): one decision of the council on a proposed (or imported) award. */
export const DecisionBodySchema = CouncilDecisionBodySchema;

/** `POST /api/keys`: the board issues a key; it is shown once in the answer. */
export const IssueKeyBodySchema = z.strictObject({
  role: RoleSchema,
  blocId: IdSchema.nullable(),
  unitId: IdSchema.nullable(),
  periodId: IdSchema.nullable(),
  year: z.number().int().min(2000).max(2100).nullable(),
  expiresAt: z.iso.datetime(),
  label: z.string().max(200).optional(),
});

// ---- responses ----

export const HealthResponseSchema = z.strictObject({ status: z.literal("ok"), time: z.iso.datetime() });
export const MeResponseSchema = PrincipalSchema;
export const IssueKeyResponseSchema = z.strictObject({
  keyId: KeyIdSchema,
  key: z.string(),
  expiresAt: z.iso.datetime(),
});
export const KeyListResponseSchema = z.array(AccessKeyRecordSchema.omit({ secretHash: true }));
export const PeriodResponseSchema = z.strictObject({
  period: PeriodSchema,
  members: z.array(z.strictObject({ id: IdSchema, name: z.string() })),
  template: z.unknown(),
});
export const PeriodListResponseSchema = z.array(PeriodSchema);
export const StatusResponseSchema = z.strictObject({
  periodId: IdSchema,
  state: PeriodSchema.shape.state,
  deadline: z.iso.datetime(),
  members: z.array(
    z.strictObject({
      unitId: IdSchema,
      name: z.string(),
      status: z.enum(["submitted", "late", "missing"]),
      version: z.number().int().nullable(),
      receivedAt: z.iso.datetime().nullable(),
    }),
  ),
});
export const ReturnResponseSchema = z.strictObject({
  current: StoredReturnSchema,
  versions: z.array(ReturnReceiptSchema),
});
export const ConsolidationResponseSchema = z.strictObject({
  periodId: IdSchema,
  returns: z.array(StoredReturnSchema),
});
export const CriterionTrendsSchema = z.array(
  z.strictObject({
    code: z.string(),
    points: z.array(
      z.strictObject({
        year: z.number().int(),
        periodId: IdSchema,
        adjustedUnits: z.number().int(),
        totalGap: z.number(),
      }),
    ),
  }),
);
export const HistoryResponseSchema = z.strictObject({
  blocId: IdSchema,
  history: HistoryFileSchema,
  finalized: z.array(FinalizedSummarySchema),
  trends: z.array(
    z.strictObject({
      unitId: IdSchema,
      name: z.string(),
      points: z.array(
        z.strictObject({
          year: z.number().int(),
          periodId: IdSchema,
          rank: z.number().int().nullable(),
          total: z.number(),
          selfTotal: z.number(),
          gap: z.number(),
        }),
      ),
    }),
  ),
  criterionTrends: CriterionTrendsSchema,
  /** Every council decision recorded for the bloc, in the order recorded (the last on an award counts). */
  decisions: z.array(CouncilDecisionSchema),
  /** Finalized proposals the council has not decided on yet: history counts them as proposed. */
  awaitingCouncil: z.array(AwardRecordSchema),
});
export const AuditVerifyResponseSchema = z.strictObject({
  ok: z.boolean(),
  count: z.number().int(),
  lastHash: z.string().nullable(),
  break: z
    .strictObject({ seq: z.number().int(), kind: z.enum(["edited", "missing", "relinked"]) })
    .nullable(),
});
export const AuditEntryResponseSchema = AuditEntrySchema;
