import { benchTemplate, randomReturns } from "../../bench/scoringBench";
import { scoreReturns } from "../../core/scoring/scoreReturns";
import { parseTemplate } from "../../core/template/parseTemplate";

describe("the scoring bench's table", () => {
  it("is a valid 300-criterion template (290 in the sections, 5 bonus and 5 deduction items)", () => {
    const parsed = parseTemplate(benchTemplate());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
    expect(parsed.compiled.scorable).toHaveLength(300);
    expect(parsed.compiled.scorable.filter((n) => n.block === "sections")).toHaveLength(290);
    expect(new Set(parsed.compiled.scorable.map((n) => n.rule!.kind)).size).toBe(8);
  });

  it("makes returns on that table that scoreReturns scores, the same ones for the same seed", () => {
    const parsed = parseTemplate(benchTemplate());
    if (!parsed.ok) throw new Error("invalid bench template");
    const returns = randomReturns(parsed.compiled, 20, 7);
    expect(randomReturns(parsed.compiled, 20, 7)).toEqual(returns);
    const results = scoreReturns(parsed.compiled, returns, { history: [] });
    expect(results.every((r) => r.fingerprint === parsed.compiled.fingerprint)).toBe(true);
    // random entries: evidence missing or a bonus above its item's maximum, never a return-level problem
    expect(
      results
        .flatMap((r) => r.problems.map((p) => p.type))
        .every((t) => t === "missing-evidence" || t === "cap-exceeded"),
    ).toBe(true);
  });
});
