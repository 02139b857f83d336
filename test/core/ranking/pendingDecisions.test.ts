import { pendingDecisions } from "../../../core/ranking";
import { rankScoresWithOrdering } from "../../../core/ranking/rankScores";
import type { RankingPolicyInput } from "../../../core/template/rankingPolicySchema";
import { ballot, contextWith, standingsOf } from "./rankingKit";

/** Two provincial flags confirmed by a vote (more than half of those present); ties go to the meeting. */
const policy: RankingPolicyInput = {
  tieBreak: [{ key: "section", code: "I" }, { key: "meeting" }],
  bands: [{ id: "tot", name: "Tốt", min: 85 }],
  awards: [
    {
      award: "co-ubnd-tinh",
      quota: { kind: "count", count: 2 },
      minBand: "tot",
      vote: { mode: "confirm", threshold: { comparison: ">", numerator: 1, denominator: 2, of: "present" } },
    },
  ],
};

/** cong-an-tinh first; tand-tinh and vksnd-tinh tied through the whole chain; thanh-tra-tinh below the band. */
const SPECS = {
  "cong-an-tinh": { total: 99, nodes: { I: 48 } },
  "tand-tinh": { total: 97, nodes: { I: 47 } },
  "vksnd-tinh": { total: 97, nodes: { I: 47 } },
  "so-tu-phap": { total: 90, nodes: { I: 45 } },
  "thanh-tra-tinh": { total: 80, nodes: { I: 40 } },
};

function outcome(votes?: ReturnType<typeof ballot>[]) {
  const ctx = contextWith(
    policy,
    votes ? { votes: { formatVersion: 1, ballots: votes, elections: [], tieDecisions: [] } } : {},
  );
  return rankScoresWithOrdering(ctx, standingsOf(ctx.compiled, SPECS)).outcome;
}

describe("pendingDecisions (what the meeting still has to decide)", () => {
  it("When an award asks for a vote and none was counted, then its ballot lists the units the ranking puts forward, best first", () => {
    // Quota 2: cong-an-tinh, then the tied pair at the quota's edge; so-tu-phap is not reached.
    const pending = pendingDecisions(outcome());
    expect(pending.ballots).toEqual([
      { award: "co-ubnd-tinh", candidates: ["cong-an-tinh", "tand-tinh", "vksnd-tinh"] },
    ]);
  });

  it("When the whole chain leaves two units tied, then they are one group for the meeting, with their total", () => {
    expect(pendingDecisions(outcome()).ties).toEqual([{ units: ["tand-tinh", "vksnd-tinh"], total: 97 }]);
  });

  it("When the ballot was counted, then no ballot is pending", () => {
    const counted = ballot("co-ubnd-tinh", { "cong-an-tinh": 5, "tand-tinh": 4, "vksnd-tinh": 3 });
    expect(pendingDecisions(outcome([counted])).ballots).toEqual([]);
  });
});
