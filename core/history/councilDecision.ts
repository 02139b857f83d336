import { z } from "zod";
import type { Decision } from "../api/apiProblem";
import { allow, apiProblem, refuse } from "../api/apiProblem";
import { msg } from "../i18n/localized";
import type { HistoryFile } from "../ranking/historyFileSchema";
import type { AwardRecord } from "../returns/awardHistory";
import { IdSchema } from "../template/criterionRuleSchema";
import type { FinalizedSummary } from "./finalizedSummary";
import { latestVersions } from "./finalizedSummary";

/** What the provincial council decided about one unit's award for one year (quyết định khen thưởng). */
export const DecisionOutcomeSchema = z.enum(["conferred", "not-conferred", "revoked"]);
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/** A decision as the board records it: the unit, the award, the year, the outcome and the council's reference. */
export const CouncilDecisionBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  unitId: IdSchema,
  award: IdSchema,
  outcome: DecisionOutcomeSchema,
  /** The decision's number, e.g. "Quyết định số 123/QĐ-UBND". */
  reference: z.string().trim().min(1).max(200),
  decidedOn: z.iso.date(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type CouncilDecisionBody = z.infer<typeof CouncilDecisionBodySchema>;

/** A recorded decision: append-only; a later decision on the same unit, year and award replaces the earlier. */
export const CouncilDecisionSchema = CouncilDecisionBodySchema.extend({
  /** The decision's place in the bloc's sequence (zero-padded): the order decisions were recorded in. */
  id: z.string().min(1).max(100),
  blocId: IdSchema,
  recordedBy: z.string().min(1).max(200),
  recordedAt: z.iso.datetime(),
});
export type CouncilDecision = z.infer<typeof CouncilDecisionSchema>;

const keyOf = (d: { unitId: string; year: number; award: string }) => `${d.year}|${d.unitId}|${d.award}`;

/** The decision that counts for each unit, year and award: the last recorded. */
export function currentDecisions(decisions: readonly CouncilDecision[]): Map<string, CouncilDecision> {
  const sorted = [...decisions].sort((a, b) => a.id.localeCompare(b.id));
  return new Map(sorted.map((d) => [keyOf(d), d]));
}

/**
 * The awards a bloc's history counts, given the council's decisions: a decided award counts as the decision says
 * (conferred; revoked, kept and marked so bonuses skip it; not conferred, gone), an undecided one as it was
 * (a finalized proposal or an imported record). Also the proposals still waiting for the council.
 */
export function applyDecisions(
  awards: readonly AwardRecord[],
  proposals: ReadonlySet<string>,
  decisions: readonly CouncilDecision[],
): { awards: AwardRecord[]; undecided: AwardRecord[] } {
  const current = currentDecisions(decisions);
  const kept = awards.filter((a) => !current.has(keyOf(a)));
  const decided = [...current.values()]
    .filter((d) => d.outcome !== "not-conferred")
    .map((d): AwardRecord => ({
      unitId: d.unitId,
      year: d.year,
      award: d.award,
      ...(d.outcome === "revoked" ? { revoked: true } : {}),
    }));
  const undecided = kept.filter((a) => proposals.has(keyOf(a)));
  return { awards: [...kept, ...decided], undecided };
}

/** The keys (year, unit, award) of every proposal in the latest finalized year-end results. */
export function proposalKeys(finalized: readonly FinalizedSummary[]): Set<string> {
  return new Set(
    latestVersions(finalized)
      .filter((f) => f.kind === "year-end")
      .flatMap((f) =>
        f.units.flatMap((u) => u.proposals.map((award) => keyOf({ ...u, year: f.year, award }))),
      ),
  );
}

/**
 * Whether the board may record `body` for a bloc: the council decides on what the bloc proposed (a finalized
 * year-end result, or the awards imported for a year before the bloc used this service), and revokes only an award
 * that counts (conferred, or imported). Refusals name the unit, award and year and say what is allowed.
 */
export function checkCouncilDecision(
  body: CouncilDecisionBody,
  finalized: readonly FinalizedSummary[],
  imported: HistoryFile | undefined,
  recorded: readonly CouncilDecision[],
): Decision<true> {
  const key = keyOf(body);
  const what = `"${body.award}" của đơn vị "${body.unitId}" năm ${body.year}`;
  const whatEn = `"${body.award}" of unit "${body.unitId}" in ${body.year}`;
  const importedHere = (imported?.awards ?? []).some((a) => keyOf(a) === key && a.revoked !== true);
  const proposed = proposalKeys(finalized).has(key);
  if (body.outcome !== "revoked") {
    if (proposed || importedHere) return allow(true);
    return refuse(
      apiProblem(
        "unprocessable",
        msg(
          `Khối không đề nghị ${what} trong kết quả đã chốt: Hội đồng chỉ quyết định trên đề nghị của khối.`,
          `The bloc did not propose ${whatEn} in a finalized result: the council decides on the bloc's proposals.`,
        ),
        [
          {
            path: "award",
            message: msg("không có trong đề nghị đã chốt", "not among the finalized proposals"),
          },
        ],
      ),
    );
  }
  const current = currentDecisions(recorded).get(key);
  const counts = current === undefined ? importedHere : current.outcome === "conferred";
  if (counts) return allow(true);
  return refuse(
    apiProblem(
      "unprocessable",
      msg(
        `Không thu hồi được ${what}: danh hiệu này chưa được tặng (chưa có quyết định tặng, hoặc đã thu hồi).`,
        `Cannot revoke ${whatEn}: it was not conferred (no conferring decision, or already revoked).`,
      ),
      [
        {
          path: "outcome",
          message: msg("chỉ thu hồi danh hiệu đã tặng", "only a conferred award can be revoked"),
        },
      ],
    ),
  );
}
