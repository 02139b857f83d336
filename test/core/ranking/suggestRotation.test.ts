import { rankScores } from "../../../core/ranking/rankScores";
import { suggestRotation } from "../../../core/ranking/rotation/suggestRotation";
import type { RankingPolicyInput } from "../../../core/template/rankingPolicySchema";
import { contextWith, standingsOf } from "./rankingKit";

// allKindsTemplate: members cong-an-tinh, tand-tinh, vksnd-tinh, so-tu-phap, thanh-tra-tinh; 2022 leader cong-an-tinh, deputy tand-tinh.
function suggest(
  rotation: RankingPolicyInput["rotation"],
  files: Parameters<typeof contextWith>[1] = {},
  patch: Parameters<typeof contextWith>[2] = {},
) {
  const ctx = contextWith({ rotation }, files, patch);
  const outcome = rankScores(
    ctx,
    standingsOf(ctx.compiled, {
      "cong-an-tinh": { total: 99 },
      "tand-tinh": { total: 90 },
      "vksnd-tinh": { total: 97 },
      "so-tu-phap": { total: 95 },
      "thanh-tra-tinh": { total: 80 },
    }),
  );
  return suggestRotation(ctx.compiled, ctx.policy, outcome, ctx.history, ctx.votes);
}

const election = (role: "leader" | "deputy", tallies: Record<string, number>) => ({
  role,
  year: 2023,
  membersTotal: 5,
  membersPresent: 5,
  ballotsCast: 5,
  ballotsValid: 5,
  tallies: Object.entries(tallies).map(([unitId, votes]) => ({ unitId, votes })),
});

describe("rotation of the leader and deputy", () => {
  it("returns nothing without a rotation rule", () => {
    expect(suggest(undefined)).toBeNull();
  });

  it("fixed order: the next two units after this year's leader, wrapping around", () => {
    expect(suggest({ rule: "fixedOrder" })).toMatchObject({
      year: 2023,
      leader: "tand-tinh",
      deputy: "vksnd-tinh",
    });
    expect(
      suggest({ rule: "fixedOrder", order: ["so-tu-phap", "thanh-tra-tinh", "cong-an-tinh"] }),
    ).toMatchObject({
      leader: "so-tu-phap",
      deputy: "thanh-tra-tinh",
    });
  });

  it("fixed order without this year's leader (no term, none in the template): names nobody and says what is missing", () => {
    const r = suggest({ rule: "fixedOrder" }, {}, { leader: undefined, deputy: undefined });
    expect(r).toMatchObject({ year: 2023, leader: null, deputy: null });
    expect(r?.explanation.vi).toContain("chưa biết Khối trưởng năm 2022");
    expect(r?.explanation.en).toContain("add the 2022 term to the history file");
  });

  it("reads this year's leader from the history's terms before the template", () => {
    const history = {
      formatVersion: 1 as const,
      awards: [],
      ranks: [],
      terms: [{ year: 2022, leader: "so-tu-phap", deputy: "vksnd-tinh" }],
    };
    expect(suggest({ rule: "fixedOrder" }, { history })).toMatchObject({
      leader: "thanh-tra-tinh",
      deputy: "cong-an-tinh",
    });
  });

  it("deputy becomes leader; the new deputy is elected, else the next in order", () => {
    expect(suggest({ rule: "deputyBecomesLeader" })).toMatchObject({
      leader: "tand-tinh",
      deputy: "vksnd-tinh",
    });
    const votes = {
      formatVersion: 1 as const,
      ballots: [],
      elections: [election("deputy", { "so-tu-phap": 4, "vksnd-tinh": 1 })],
    };
    expect(suggest({ rule: "deputyBecomesLeader" }, { votes })).toMatchObject({
      leader: "tand-tinh",
      deputy: "so-tu-phap",
    });
  });

  it("deputy becomes leader: a deputy election held without a winner goes to the meeting, not to the rotation order", () => {
    const tie = {
      formatVersion: 1 as const,
      ballots: [],
      elections: [election("deputy", { "so-tu-phap": 2, "vksnd-tinh": 2, "cong-an-tinh": 1 })],
    };
    const tied = suggest({ rule: "deputyBecomesLeader" }, { votes: tie })!;
    expect(tied).toMatchObject({ leader: "tand-tinh", deputy: null });
    expect(tied.explanation.vi).toBe(
      "Khối phó Tòa án nhân dân tỉnh lên Khối trưởng; Khối phó: Hội nghị quyết định (bằng phiếu cao nhất (2 phiếu): Sở Tư pháp, Viện Kiểm sát nhân dân tỉnh)",
    );
    const weak = {
      formatVersion: 1 as const,
      ballots: [],
      elections: [election("deputy", { "so-tu-phap": 2, "vksnd-tinh": 1 })],
    };
    const failed = suggest({ rule: "deputyBecomesLeader" }, { votes: weak })!;
    expect(failed.deputy).toBeNull();
    expect(failed.explanation.en).toBe(
      "The deputy Tòa án nhân dân tỉnh becomes leader; deputy: the meeting decides (nobody reached the threshold: 2/5 votes, needs > 1/2 of members present (5))",
    );
  });

  it("elected: the winner above the threshold; without a ballot, the best-ranked unit other than the leader", () => {
    const votes = {
      formatVersion: 1 as const,
      ballots: [],
      elections: [
        election("leader", { "so-tu-phap": 3, "vksnd-tinh": 2 }),
        election("deputy", { "vksnd-tinh": 5 }),
      ],
    };
    const elected = suggest({ rule: "elected" }, { votes })!;
    expect(elected).toMatchObject({ leader: "so-tu-phap", deputy: "vksnd-tinh" });
    expect(elected.explanation.vi).toContain(
      "Khối trưởng: Sở Tư pháp (trúng cử 3/5 phiếu, cần > 1/2 số thành viên có mặt (5))",
    );
    const byRank = suggest({ rule: "elected" })!;
    expect(byRank).toMatchObject({ leader: "vksnd-tinh", deputy: "so-tu-phap" });
    expect(byRank.explanation.en).toContain("suggested by rank, not yet elected");
  });

  it("elected: a tie for first place or no majority leaves the role to the meeting", () => {
    const tie = {
      formatVersion: 1 as const,
      ballots: [],
      elections: [election("leader", { "so-tu-phap": 2, "vksnd-tinh": 2 })],
    };
    const tied = suggest({ rule: "elected" }, { votes: tie })!;
    expect(tied.leader).toBeNull();
    expect(tied.explanation.vi).toContain(
      "Khối trưởng: Hội nghị quyết định (bằng phiếu cao nhất (2 phiếu): Sở Tư pháp, Viện Kiểm sát nhân dân tỉnh)",
    );
    const weak = {
      formatVersion: 1 as const,
      ballots: [],
      elections: [election("leader", { "so-tu-phap": 2, "vksnd-tinh": 1 })],
    };
    const s = suggest(
      { rule: "elected", threshold: { comparison: ">", numerator: 1, denominator: 2, of: "present" } },
      { votes: weak },
    )!;
    expect(s.leader).toBeNull();
    expect(s.explanation.vi).toContain("không ai đạt ngưỡng: 2/5 phiếu");
  });
});
