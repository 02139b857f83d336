import type { VotesFile } from "../votesFileSchema";
import type { RecordChecker } from "./recordChecker";

/** Ballots and elections: listed awards, the bloc's member count, members in the tallies. */
export function checkBallots(check: RecordChecker, votes: VotesFile | undefined): void {
  const { add, member, compiled } = check;
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
  });
}
