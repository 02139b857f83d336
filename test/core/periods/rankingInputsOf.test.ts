import type { PeriodInput } from "../../../core/api";
import { rankingInputsOf } from "../../../core/periods";

const review = (points: number): PeriodInput => ({
  kind: "review",
  id: `r${points}`,
  actor: "vksnd-tinh",
  value: {
    unitId: "so-tu-phap",
    code: "I.1",
    stage: "review",
    points,
    reason: "Thiếu minh chứng",
    reviewer: "vksnd-tinh",
    at: "2022-12-01T09:00:00+07:00",
  },
});
const votes = (count: number): PeriodInput => ({
  kind: "votes",
  id: `v${count}`,
  actor: "vksnd-tinh",
  at: "2022-12-20T03:00:00.000Z",
  value: {
    formatVersion: 1,
    ballots: [
      {
        award: "co-ubnd-tinh",
        membersTotal: 8,
        membersPresent: 8,
        ballotsCast: 8,
        ballotsValid: 8,
        tallies: [{ unitId: "so-tu-phap", votes: count }],
      },
    ],
    elections: [],
    tieDecisions: [],
  },
});

describe("rankingInputsOf", () => {
  it("When a period stored reviews and two votes files, then ranking reads every review and the latest votes", () => {
    const inputs = rankingInputsOf([review(8), votes(5), review(7), votes(6)]);
    expect(inputs.reviews?.adjustments.map((a) => a.points)).toEqual([8, 7]);
    expect(inputs.votes?.ballots[0]?.tallies[0]?.votes).toBe(6);
    expect(inputs.cross).toBeUndefined();
    expect(inputs.eligibility).toEqual({ formatVersion: 1, flags: [], stepsAside: [] });
  });

  it("When nothing is stored, then the reviews are empty and there are no votes", () => {
    const inputs = rankingInputsOf([]);
    expect(inputs.reviews).toEqual({ formatVersion: 1, adjustments: [], explanations: [] });
    expect(inputs.votes).toBeUndefined();
  });
});
