import { rankingProblemPlace } from "../../cli/rankingProblemPlace";

describe("rankingProblemPlace", () => {
  it("names the input in the user's language, then the field", () => {
    expect(rankingProblemPlace({ source: "reviews", path: "adjustments[3].reason" }, "vi")).toBe(
      "tệp thẩm định adjustments[3].reason",
    );
    expect(rankingProblemPlace({ source: "reviews", path: "adjustments[3].reason" }, "en")).toBe(
      "reviews file adjustments[3].reason",
    );
  });

  it("names the file the user gave for that input when there is one", () => {
    expect(
      rankingProblemPlace({ source: "votes", path: "ballots[0]" }, "vi", { votes: "out/phieu.json" }),
    ).toBe("out/phieu.json ballots[0]");
  });

  it("leaves out an empty path (a problem about the whole bloc)", () => {
    expect(rankingProblemPlace({ source: "history", path: "" }, "vi")).toBe("lịch sử khen thưởng");
  });
});
