import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { VoteThreshold } from "../../template/rankingPolicySchema";
import type { BallotCounts } from "../votesFileSchema";

/** True when `votes` meets the threshold, compared exactly as integers (votes × den against num × base). */
export function passesThreshold(votes: number, ballot: BallotCounts, threshold: VoteThreshold): boolean {
  const base = threshold.of === "present" ? ballot.membersPresent : ballot.membersTotal;
  const left = votes * threshold.denominator;
  const right = threshold.numerator * base;
  return threshold.comparison === ">" ? left > right : left >= right;
}

/** "7/8 phiếu, cần > 1/2 số thành viên có mặt (8)". */
export function describeVote(votes: number, ballot: BallotCounts, threshold: VoteThreshold): Localized {
  const base = threshold.of === "present" ? ballot.membersPresent : ballot.membersTotal;
  const of =
    threshold.of === "present"
      ? ["số thành viên có mặt", "of members present"]
      : ["tổng số thành viên", "of all members"];
  const frac = `${threshold.numerator}/${threshold.denominator}`;
  return msg(
    `${votes}/${base} phiếu, cần ${threshold.comparison === ">" ? ">" : "≥"} ${frac} ${of[0]} (${base})`,
    `${votes}/${base} votes, needs ${threshold.comparison === ">" ? ">" : "≥"} ${frac} ${of[1]} (${base})`,
  );
}
