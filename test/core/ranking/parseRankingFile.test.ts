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

describe("parseRankingFile on records the file's order would have to decide", () => {
  it("rejects a second leader term for the same year, naming the first", () => {
    const parsed = parseRankingFile("history", {
      formatVersion: 1,
      terms: [
        { year: 2021, leader: "tand-tinh" },
        { year: 2021, leader: "cong-an-tinh" },
      ],
    });
    if (parsed.ok) throw new Error("expected the history file to be rejected");
    expect(parsed.problems.map((p) => p.path)).toEqual(["terms[1].year"]);
    expect(parsed.problems[0]?.message.vi).toContain("nhiệm kỳ năm 2021 ghi hai lần (xem terms[0])");
  });

  it("rejects a second past rank of one unit in one year, but not the same unit in another year", () => {
    const parsed = parseRankingFile("history", {
      formatVersion: 1,
      ranks: [
        { year: 2021, unitId: "tand-tinh", rank: 1 },
        { year: 2020, unitId: "tand-tinh", rank: 3 },
        { year: 2021, unitId: "tand-tinh", rank: 4 },
      ],
    });
    if (parsed.ok) throw new Error("expected the history file to be rejected");
    expect(parsed.problems.map((p) => p.path)).toEqual(["ranks[2].unitId"]);
    expect(parsed.problems[0]?.message.en).toContain('a second rank of "tand-tinh" in 2021 (see ranks[0])');
  });

  it("rejects a unit stepping aside twice from one award, and accepts it for two awards", () => {
    const reason = "Nhường cho đơn vị khác";
    const twice = parseRankingFile("eligibility", {
      formatVersion: 1,
      stepsAside: [
        { unitId: "tand-tinh", award: "co-ubnd-tinh", reason },
        { unitId: "tand-tinh", award: "co-chinh-phu", reason },
        { unitId: "tand-tinh", award: "co-ubnd-tinh", reason: "Lý do khác" },
      ],
    });
    if (twice.ok) throw new Error("expected the eligibility file to be rejected");
    expect(twice.problems.map((p) => p.path)).toEqual(["stepsAside[2].unitId"]);
    expect(twice.problems[0]?.message.vi).toContain('"tand-tinh" nhường "co-ubnd-tinh" hai lần');
    const once = parseRankingFile("eligibility", {
      formatVersion: 1,
      stepsAside: [
        { unitId: "tand-tinh", award: "co-ubnd-tinh", reason },
        { unitId: "tand-tinh", award: "co-chinh-phu", reason },
      ],
    });
    expect(once.ok).toBe(true);
  });
});
