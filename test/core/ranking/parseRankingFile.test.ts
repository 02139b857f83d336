import { parseRankingFile } from "../../../core/ranking/parseRankingFile";

describe("parseRankingFile on a value of the wrong type", () => {
  it("says which type it wanted and what it got, not that the field is missing", () => {
    const parsed = parseRankingFile("history", {
      formatVersion: 1,
      awards: [{ unitId: "tand-tinh", year: "2021", award: "co-ubnd-tinh" }],
    });
    if (parsed.ok) throw new Error("expected the history file to be rejected");
    const problem = parsed.problems.find((p) => p.path === "awards[0].year");
    expect(problem?.message.vi).toContain('Cần kiểu số, không phải "2021"');
    expect(problem?.message.en).toContain('Expected a number, not "2021"');
  });
});
