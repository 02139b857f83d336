import { parseTemplate } from "../../../core/template/parseTemplate";
import { TemplateSchema } from "../../../core/template/templateSchema";
import { templateFingerprint } from "../../../core/template/templateFingerprint";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { haGiang2019Template } from "../../fixtures/hagiang2019/haGiang2019";

function problemsOf(ranking: unknown) {
  const parsed = parseTemplate({ ...allKindsTemplate, ranking });
  return parsed.ok ? [] : parsed.problems;
}

describe("ranking policy in the template", () => {
  it("accepts the worked example's policy", () => {
    const parsed = parseTemplate(haGiang2019Template);
    expect(parsed.ok).toBe(true);
  });

  it("does not change the template fingerprint (scoring only)", () => {
    const without = TemplateSchema.parse(allKindsTemplate);
    const withPolicy = TemplateSchema.parse({
      ...allKindsTemplate,
      ranking: { minimumTotal: 90, tieBreak: [{ key: "fewerDeductions" }, { key: "meeting" }] },
    });
    expect(templateFingerprint(withPolicy)).toBe(templateFingerprint(without));
  });

  it("names the path of a tie-break section code that is not in the scored sections", () => {
    const problems = problemsOf({ tieBreak: [{ key: "section", code: "IX" }, { key: "meeting" }] });
    expect(problems.map((p) => p.path)).toEqual(["ranking.tieBreak[0].code"]);
    expect(problems[0]!.message.vi).toContain('"IX"');
  });

  it("rejects a tie-break on votes for an award the template does not list, and 'meeting' before the end", () => {
    const problems = problemsOf({ tieBreak: [{ key: "meeting" }, { key: "votes", award: "huan-chuong" }] });
    expect(problems.map((p) => p.path).sort()).toEqual(["ranking.tieBreak[0]", "ranking.tieBreak[1].award"]);
  });

  it("rejects bands out of order, an unknown award, an unknown band and a missing topN", () => {
    const problems = problemsOf({
      bands: [
        { id: "tot", name: "Tốt", min: 85 },
        { id: "xuat-sac", name: "Xuất sắc", min: 95 },
      ],
      awards: [
        { award: "huan-chuong", quota: { kind: "count", count: 1 } },
        {
          award: "co-ubnd-tinh",
          quota: { kind: "count", count: 2 },
          minBand: "kha",
          vote: { mode: "topN", threshold: { comparison: ">", numerator: 1, denominator: 2 } },
        },
      ],
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      "ranking.awards[0].award",
      "ranking.awards[1].minBand",
      "ranking.awards[1].vote.topN",
      "ranking.bands[1].min",
    ]);
  });

  it("rejects a prerequisite cycle and a prerequisite without a policy", () => {
    const cycle = problemsOf({
      awards: [
        { award: "co-chinh-phu", quota: { kind: "count", count: 1 }, requires: "co-ubnd-tinh" },
        { award: "co-ubnd-tinh", quota: { kind: "count", count: 2 }, requires: "co-chinh-phu" },
      ],
    });
    expect(cycle.map((p) => p.path)).toEqual(["ranking.awards[0].requires", "ranking.awards[1].requires"]);
    const missing = problemsOf({
      awards: [{ award: "co-chinh-phu", quota: { kind: "count", count: 1 }, requires: "co-ubnd-tinh" }],
    });
    expect(missing.map((p) => p.path)).toEqual(["ranking.awards[0].requires"]);
  });

  it("rejects a rotation order naming a unit outside the bloc", () => {
    const problems = problemsOf({ rotation: { rule: "fixedOrder", order: ["cong-an-tinh", "so-noi-vu"] } });
    expect(problems.map((p) => p.path)).toEqual(["ranking.rotation.order[1]"]);
    expect(problems[0]!.message.en).toContain("so-noi-vu");
  });

  it("rejects an unknown tie-break key through the schema", () => {
    const problems = problemsOf({ tieBreak: [{ key: "alphabetical" }] });
    expect(problems[0]!.path).toBe("ranking.tieBreak[0].key");
  });
});
