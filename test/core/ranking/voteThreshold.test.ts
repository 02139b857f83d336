import { describeVote, passesThreshold } from "../../../core/ranking/votes/voteThreshold";

const counts = { membersTotal: 9, membersPresent: 8, ballotsCast: 8, ballotsValid: 8 };

describe("vote thresholds", () => {
  it("needs strictly more than half of those present for '> 1/2 present'", () => {
    const t = { comparison: ">" as const, numerator: 1, denominator: 2, of: "present" as const };
    expect(passesThreshold(4, counts, t)).toBe(false); // 4 of 8 is exactly half
    expect(passesThreshold(5, counts, t)).toBe(true);
  });

  it("compares '≥ 2/3 of all members' against the members, not those present", () => {
    const t = { comparison: ">=" as const, numerator: 2, denominator: 3, of: "total" as const };
    expect(passesThreshold(5, counts, t)).toBe(false); // 5 × 3 = 15 < 2 × 9 = 18
    expect(passesThreshold(6, counts, t)).toBe(true); // 18 ≥ 18
  });

  it("needs all 9 of 9 members for '≥ 9/10 of all members' (8 of 9 fails)", () => {
    const t = { comparison: ">=" as const, numerator: 9, denominator: 10, of: "total" as const };
    expect(passesThreshold(8, counts, t)).toBe(false); // 80 < 81
    expect(passesThreshold(9, { ...counts, membersPresent: 9, ballotsCast: 9, ballotsValid: 9 }, t)).toBe(
      true,
    );
  });

  it("describes the count against its base", () => {
    const t = { comparison: ">=" as const, numerator: 2, denominator: 3, of: "present" as const };
    expect(describeVote(6, counts, t)).toEqual({
      vi: "6/8 phiếu, cần ≥ 2/3 số thành viên có mặt (8)",
      en: "6/8 votes, needs ≥ 2/3 of members present (8)",
    });
  });
});
