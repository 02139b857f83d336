import type { VotesFile } from "../votesFileSchema";
import type { RecordChecker } from "./recordChecker";

/**
 * Ballots and elections: listed awards, the bloc's member count, members in the tallies, held this year (or early
 * next), elections of next year's leader and deputy (another year's election would be silently ignored).
 */
export function checkBallots(check: RecordChecker, votes: VotesFile | undefined): void {
  const { add, member, compiled, thisYear, year } = check;
  const size = compiled.template.members.length;
  votes?.ballots.forEach((b, i) => {
    if (!compiled.template.awards.some((a) => a.id === b.award)) {
      add(
        "votes",
        `ballots[${i}].award`,
        `Danh hiệu "${b.award}" không có trong "awards" của bảng.`,
        `Award "${b.award}" is not listed in the template's "awards".`,
      );
    }
    if (b.membersTotal !== size) {
      add(
        "votes",
        `ballots[${i}].membersTotal`,
        `Tổng số thành viên ${b.membersTotal} khác số đơn vị của Khối (${size}).`,
        `membersTotal ${b.membersTotal} differs from the bloc's ${size} members.`,
      );
    }
    b.tallies.forEach((t, j) => member("votes", `ballots[${i}].tallies[${j}].unitId`, t.unitId));
    thisYear("votes", `ballots[${i}].heldAt`, b.heldAt);
  });
  votes?.elections.forEach((b, i) => {
    if (b.membersTotal !== size) {
      add(
        "votes",
        `elections[${i}].membersTotal`,
        `Tổng số thành viên ${b.membersTotal} khác số đơn vị của Khối (${size}).`,
        `membersTotal ${b.membersTotal} differs from the bloc's ${size} members.`,
      );
    }
    b.tallies.forEach((t, j) => member("votes", `elections[${i}].tallies[${j}].unitId`, t.unitId));
    thisYear("votes", `elections[${i}].heldAt`, b.heldAt);
    if (b.year !== year + 1) {
      add(
        "votes",
        `elections[${i}].year`,
        `Cuộc bầu cho năm ${b.year}, nhưng hội nghị năm ${year} bầu ${b.role === "leader" ? "Khối trưởng" : "Khối phó"} năm ${year + 1}.`,
        `The election is for ${b.year}, but the ${year} meeting elects the ${b.role} of ${year + 1}.`,
      );
    }
  });
  votes?.tieDecisions?.forEach((d, i) => thisYear("votes", `tieDecisions[${i}].decidedAt`, d.decidedAt));
}
