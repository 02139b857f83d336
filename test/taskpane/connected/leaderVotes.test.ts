import type { PeriodInput } from "../../../core/api";
import { VotesBodySchema } from "../../../core/api";
import { changedReviews } from "../../../src-taskpane/ui/connected/leaderReviews";
import { votesBody } from "../../../src-taskpane/ui/connected/leaderVotes";

const counts = { membersTotal: 8, membersPresent: 8, ballotsCast: 8, ballotsValid: 8 };
const storedVotes: PeriodInput = {
  kind: "votes",
  id: "v1",
  actor: "key:l",
  at: "2022-12-20T03:00:00.000Z",
  value: {
    formatVersion: 1,
    ballots: [
      { award: "co-ubnd-tinh", ...counts, tallies: [{ unitId: "cong-an-tinh", votes: 8 }] },
      { award: "co-chinh-phu", ...counts, tallies: [{ unitId: "cong-an-tinh", votes: 5 }] },
    ],
    elections: [{ role: "leader", year: 2023, ...counts, tallies: [{ unitId: "tand-tinh", votes: 6 }] }],
    tieDecisions: [{ order: ["so-tu-phap", "tand-tinh"], reason: "Biểu quyết lần 1" }],
  },
};

describe("votesBody (PUT …/votes replaces the file)", () => {
  it("When one award is counted again, then its ballot is replaced and every other ballot, election and decision is kept", () => {
    const body = votesBody(
      [storedVotes],
      [
        {
          award: "co-chinh-phu",
          membersPresent: 7,
          ballotsCast: 7,
          ballotsValid: 7,
          tallies: { "cong-an-tinh": 7 },
        },
      ],
      [{ order: ["vksnd-tinh", "bo-chqs-tinh"], reason: " Biểu quyết lần 2 " }],
      8,
      "2022-12-20T04:00:00.000Z",
    );
    expect(VotesBodySchema.safeParse(body).success).toBe(true);
    expect(body.ballots?.map((b) => [b.award, b.membersPresent, b.tallies[0]?.votes])).toEqual([
      ["co-ubnd-tinh", 8, 8],
      ["co-chinh-phu", 7, 7],
    ]);
    expect(body.elections).toEqual(storedVotes.kind === "votes" ? storedVotes.value.elections : []);
    expect(body.tieDecisions?.map((d) => d.reason)).toEqual(["Biểu quyết lần 1", "Biểu quyết lần 2"]);
  });

  it("When nothing was stored and a tie has no reason, then only the counted ballot goes, with the period's members", () => {
    const body = votesBody(
      [],
      [{ award: "co-ubnd-tinh", membersPresent: 6, ballotsCast: 6, ballotsValid: 5, tallies: {} }],
      [{ order: ["a-unit", "b-unit"], reason: "   " }],
      9,
      "2022-12-20T04:00:00.000Z",
    );
    expect(body.ballots).toEqual([
      {
        award: "co-ubnd-tinh",
        membersTotal: 9,
        membersPresent: 6,
        ballotsCast: 6,
        ballotsValid: 5,
        heldAt: "2022-12-20T04:00:00.000Z",
        tallies: [],
      },
    ]);
    expect(body.tieDecisions).toEqual([]);
  });
});

describe("changedReviews (only what the server does not hold is sent)", () => {
  const adjustment = (points: number, reason: string) => ({
    unitId: "so-tu-phap",
    code: "I.1",
    stage: "review" as const,
    points,
    reason,
    reviewer: "vksnd-tinh",
    at: "2022-12-10T09:00:00+07:00",
  });
  const stored = (points: number, reason: string): PeriodInput => ({
    kind: "review",
    id: `r${points}`,
    actor: "key:l",
    value: adjustment(points, reason),
  });
  // As read from the sheet: the reviewer and time are the reader's, not the stored ones.
  const read = (points: number, reason: string) => ({
    ...adjustment(points, reason),
    at: "2022-12-20T09:00:00+07:00",
  });

  it("When the sheet shows the latest stored review unchanged, then it is not sent; other points or another reason are", () => {
    const inputs = [stored(1, "Thiếu minh chứng"), stored(0, "Không có minh chứng")];
    expect(changedReviews([read(0, "Không có minh chứng")], inputs)).toEqual([]);
    expect(changedReviews([read(1, "Thiếu minh chứng")], inputs)).toHaveLength(1);
    expect(changedReviews([read(0, "Lý do khác")], inputs)).toHaveLength(1);
    expect(changedReviews([{ ...read(0, "Không có minh chứng"), stage: "agreed" }], inputs)).toHaveLength(1);
  });
});
