import type { Fixed } from "../../decimal/fixed";
import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { AwardPolicy, RankingPolicy } from "../../template/rankingPolicySchema";
import { formatFixed } from "../../i18n/formatNumber";
import type { CandidateOutcome, UnitEligibility, UnitStanding } from "../rankingResult";
import { describeVote } from "../votes/voteThreshold";
import type { AwardBallot } from "../votesFileSchema";
import { awardName } from "./awardName";
import { awardPosition } from "./awardOrder";

/** What the words of one award's notes read besides the unit. */
export type NoteContext = {
  compiled: CompiledTemplate;
  policy: RankingPolicy;
  award: AwardPolicy;
  ballot: AwardBallot | undefined;
  minTotal: Fixed;
  minBand: number | undefined;
  stepsAside: ReadonlyMap<string, string>;
  /** The N of a "topN" vote. */
  topN: number;
  /** The names of the units tied at the quota's edge, "A, B". */
  undecidedNames: string;
};

/** The unit a note is about: its standing, eligibility, rank, votes and the awards it is already proposed for. */
export type NoteSubject = {
  standing: UnitStanding;
  eligibility: UnitEligibility;
  rank: number;
  votes: number;
  proposedFor: readonly string[];
};

/** Why a unit was (or was not) proposed for the award, in the words the proposals list under it. */
export function candidateDetail(ctx: NoteContext, outcome: CandidateOutcome, unit: NoteSubject): Localized {
  const year = ctx.compiled.template.identity.year;
  const threshold = ctx.award.vote?.threshold;
  switch (outcome) {
    case "ineligible": {
      const why = unit.eligibility.reasons.filter((r) => r.effect !== "none");
      return msg(why.map((r) => r.reason.vi).join("; "), why.map((r) => r.reason.en).join("; "));
    }
    case "below-minimum":
      return msg(
        `Tổng điểm ${formatFixed(unit.standing.total, "vi")} dưới mức tối thiểu ${formatFixed(ctx.minTotal, "vi")}`,
        `Total ${formatFixed(unit.standing.total, "en")} is below the minimum ${formatFixed(ctx.minTotal, "en")}`,
      );
    case "band": {
      const band = ctx.minBand === undefined ? undefined : ctx.policy.bands[ctx.minBand];
      return msg(`Xếp loại dưới mức "${band?.name}"`, `Classified below "${band?.nameEn ?? band?.name}"`);
    }
    case "prerequisite": {
      const req = ctx.award.requires === undefined ? undefined : awardName(ctx.compiled, ctx.award.requires);
      return msg(`Không được đề nghị ${req?.vi}`, `Not proposed for the ${req?.en}`);
    }
    case "already-proposed": {
      // The highest award the unit is already proposed for (the template lists awards highest first).
      const highest = [...unit.proposedFor].sort(
        (a, b) => awardPosition(ctx.compiled, a) - awardPosition(ctx.compiled, b),
      )[0]!;
      const name = awardName(ctx.compiled, highest);
      return msg(`Đã được đề nghị ${name.vi}`, `Already proposed for the ${name.en}`);
    }
    case "last-year-holder": {
      const name = awardName(ctx.compiled, ctx.award.award);
      return msg(`Đã nhận ${name.vi} năm ${year - 1}`, `Received the ${name.en} in ${year - 1}`);
    }
    case "stepped-aside": {
      const reason = ctx.stepsAside.get(unit.standing.unitId)!;
      return msg(
        `Nhường (đã nhận năm ${year - 1}): ${reason}`,
        `Steps aside (received in ${year - 1}): ${reason}`,
      );
    }
    case "not-in-top-n":
      return msg(
        `Ngoài ${ctx.topN} đơn vị điểm cao nhất được bỏ phiếu`,
        `Not among the top ${ctx.topN} by score put to the vote`,
      );
    case "vote-failed": {
      const d = describeVote(unit.votes, ctx.ballot!, threshold!);
      return msg(`Không đạt ngưỡng phiếu: ${d.vi}`, `Vote threshold not met: ${d.en}`);
    }
    case "proposed":
      return ctx.ballot !== undefined && threshold !== undefined
        ? describeVote(unit.votes, ctx.ballot, threshold)
        : msg(`Hạng ${unit.rank}`, `Rank ${unit.rank}`);
    case "quota-full":
      return msg("Đã đủ chỉ tiêu", "The quota is full");
    case "undecided":
      return msg(
        `Bằng nhau ở giới hạn chỉ tiêu với: ${ctx.undecidedNames}`,
        `Tied at the quota's edge with: ${ctx.undecidedNames}`,
      );
  }
}
