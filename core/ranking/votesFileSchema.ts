import { z } from "zod";
import { IdSchema } from "../template/criterionRuleSchema";
import { NonEmptyText, RANKING_INPUT_FORMAT_VERSION, TimeSchema } from "./reviewsFileSchema";

const Count = z.number().int().min(0).max(100_000);

/** The counts of a secret ballot (biên bản kiểm phiếu): members, present, ballots cast and valid. */
const BallotCountsShape = {
  membersTotal: Count,
  membersPresent: Count,
  ballotsCast: Count,
  ballotsValid: Count,
  heldAt: TimeSchema.optional(),
  tallies: z.array(z.strictObject({ unitId: IdSchema, votes: Count })),
};

/** The tally of one award's ballot (bỏ phiếu suy tôn): votes per candidate unit. */
export const AwardBallotSchema = z.strictObject({ award: IdSchema, ...BallotCountsShape });

/** The election of next year's leader or deputy (bầu Khối trưởng / Khối phó). */
export const ElectionBallotSchema = z.strictObject({
  role: z.enum(["leader", "deputy"]),
  year: z.number().int().min(2000).max(2100),
  ...BallotCountsShape,
});

/**
 * The meeting's decision on a tie the whole tie-break chain left to it (quyết định của Hội nghị Khối): the tied
 * units best first, and the minutes' words. It applies only to a group of units tied to the meeting, all of them.
 */
export const TieDecisionSchema = z.strictObject({
  order: z.array(IdSchema).min(2),
  reason: NonEmptyText(2000),
  decidedAt: TimeSchema.optional(),
});

/**
 * The votes file: one ballot per award, the elections, and the meeting's tie decisions. Counts must be consistent
 * (valid ≤ cast ≤ present ≤ total); a unit appears once in a decision and in at most one decision.
 */
export const VotesFileSchema = z
  .strictObject({
    formatVersion: z.literal(RANKING_INPUT_FORMAT_VERSION),
    ballots: z.array(AwardBallotSchema).default([]),
    elections: z.array(ElectionBallotSchema).default([]),
    tieDecisions: z.array(TieDecisionSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const check = (
      b: z.infer<typeof AwardBallotSchema> | z.infer<typeof ElectionBallotSchema>,
      path: (string | number)[],
    ) => {
      const issue = (field: string, en: string, vi: string) =>
        ctx.addIssue({ code: "custom", path: [...path, field], message: en, params: { vi } });
      if (b.membersPresent > b.membersTotal)
        issue(
          "membersPresent",
          "more members present than members",
          "số thành viên có mặt lớn hơn tổng số thành viên",
        );
      if (b.ballotsCast > b.membersPresent)
        issue(
          "ballotsCast",
          "more ballots cast than members present",
          "số phiếu phát ra lớn hơn số thành viên có mặt",
        );
      if (b.ballotsValid > b.ballotsCast)
        issue(
          "ballotsValid",
          "more valid ballots than ballots cast",
          "số phiếu hợp lệ lớn hơn số phiếu phát ra",
        );
      const seen = new Set<string>();
      b.tallies.forEach((t, i) => {
        if (t.votes > b.ballotsValid) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "tallies", i, "votes"],
            message: "more votes than valid ballots",
            params: { vi: "số phiếu bầu lớn hơn số phiếu hợp lệ" },
          });
        }
        if (seen.has(t.unitId)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "tallies", i, "unitId"],
            message: `"${t.unitId}" counted twice`,
            params: { vi: `"${t.unitId}" được kiểm hai lần` },
          });
        }
        seen.add(t.unitId);
      });
    };
    const awards = new Set<string>();
    file.ballots.forEach((b, i) => {
      check(b, ["ballots", i]);
      if (awards.has(b.award)) {
        ctx.addIssue({
          code: "custom",
          path: ["ballots", i, "award"],
          message: `a second ballot for "${b.award}"`,
          params: { vi: `phiếu bầu thứ hai cho "${b.award}"` },
        });
      }
      awards.add(b.award);
    });
    const roles = new Set<string>();
    file.elections.forEach((b, i) => {
      check(b, ["elections", i]);
      const key = `${b.role}/${b.year}`;
      if (roles.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["elections", i, "role"],
          message: `a second election of the ${b.role}`,
          params: { vi: `bầu ${b.role === "leader" ? "Khối trưởng" : "Khối phó"} lần thứ hai` },
        });
      }
      roles.add(key);
    });
    const decidedIn = new Map<string, number>();
    file.tieDecisions.forEach((d, i) => {
      const own = new Set<string>();
      d.order.forEach((unitId, j) => {
        const path = ["tieDecisions", i, "order", j];
        if (own.has(unitId)) {
          ctx.addIssue({
            code: "custom",
            path,
            message: `"${unitId}" listed twice in one decision`,
            params: { vi: `"${unitId}" được nêu hai lần trong một quyết định` },
          });
          return;
        }
        own.add(unitId);
        const prev = decidedIn.get(unitId);
        if (prev !== undefined) {
          ctx.addIssue({
            code: "custom",
            path,
            message: `"${unitId}" is already in tieDecisions[${prev}]`,
            params: { vi: `"${unitId}" đã có trong tieDecisions[${prev}]` },
          });
        } else decidedIn.set(unitId, i);
      });
    });
  });

export type AwardBallot = z.infer<typeof AwardBallotSchema>;
export type ElectionBallot = z.infer<typeof ElectionBallotSchema>;
/** The parsed votes file; `tieDecisions` is optional so files built in code without decisions stay valid. */
export type VotesFile = Omit<z.infer<typeof VotesFileSchema>, "tieDecisions"> & {
  tieDecisions?: TieDecision[];
};
export type TieDecision = z.infer<typeof TieDecisionSchema>;
/** The counts any ballot carries. */
export type BallotCounts = Pick<
  AwardBallot,
  "membersTotal" | "membersPresent" | "ballotsCast" | "ballotsValid"
>;
