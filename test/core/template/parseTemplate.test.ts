import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateProblem } from "../../../core/template/templateProblem";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const fixture = (): Json => JSON.parse(JSON.stringify(allKindsTemplate));

function problemsOf(t: Json): TemplateProblem[] {
  const parsed = parseTemplate(t);
  if (parsed.ok) throw new Error("expected the template to be rejected");
  return parsed.problems;
}

const pathsOf = (t: Json) => problemsOf(t).map((p) => p.path);

describe("parseTemplate: schema and structural mistakes in one pass", () => {
  it("reports an unknown kind and a maximum below the standard together", () => {
    const t = fixture();
    t.sections[0].children[1].rule = { kind: "bogus" };
    t.sections[0].children[0].max = 20; // standard 30
    expect(pathsOf(t)).toEqual(["sections[0].children[1].rule.kind", "sections[0].children[0].max"]);
  });

  it("reports both when the unknown kind and the low maximum are on the same criterion", () => {
    const t = fixture();
    t.sections[0].children[1].rule = { kind: "bogus" };
    t.sections[0].children[1].max = 5; // standard 10
    const problems = problemsOf(t);
    expect(problems.map((p) => p.path)).toEqual([
      "sections[0].children[1].rule.kind",
      "sections[0].children[1].max",
    ]);
    expect(problems[1]?.message.vi).toBe(
      "Tiêu chí I.2: điểm tối đa 5 thấp hơn điểm chuẩn 10; điểm tối đa phải ≥ điểm chuẩn.",
    );
  });

  it("reports a misspelt field, a broken member and a duplicate code", () => {
    const t = fixture();
    t.sections[1].children[0].maximum = 6;
    t.members[4] = { id: "Thanh Tra", name: "Thanh tra tỉnh" };
    t.bonus.items[1].code = "I.1";
    expect(pathsOf(t)).toEqual(["members[4].id", "sections[1].children[0]", "bonus.items[1].code"]);
  });

  it("still checks the other parts when a whole node or list is broken, without made-up sums", () => {
    const t = fixture();
    t.sections[1].children[1] = "II.2";
    t.deductions = [];
    t.sections[2].children[0].rule.step = 2; // does not divide the maximum 25
    const paths = pathsOf(t);
    expect(paths).toEqual(["sections[1].children[1]", "deductions", "sections[2].children[0].rule.step"]);
  });

  it("does not report sums that include a broken standard", () => {
    const t = fixture();
    t.sections[0].children[2].standard = "mười";
    expect(pathsOf(t)).toEqual(["sections[0].children[2].standard"]);
  });

  it("reports a broken ranking policy and still checks the scoring table", () => {
    const t = fixture();
    t.ranking = { minimumScore: "cao" };
    t.deputy = "cong-an-tinh";
    const paths = pathsOf(t);
    expect(paths[0]).toMatch(/^ranking/);
    expect(paths).toContain("deputy");
  });
});

describe("parseTemplate: one broken part of a sample table gives exactly one problem", () => {
  const dir = join(__dirname, "../../../templates");
  const samples = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "schema.json");

  /** Every node path of the table: sections (nested) and bonus / deduction items. */
  function nodes(t: Json): { at: Json; path: string; item: boolean }[] {
    const out: { at: Json; path: string; item: boolean }[] = [];
    const walk = (node: Json, path: string) => {
      out.push({ at: node, path, item: false });
      node.children?.forEach((c: Json, i: number) => walk(c, `${path}.children[${i}]`));
    };
    t.sections.forEach((s: Json, i: number) => walk(s, `sections[${i}]`));
    for (const block of ["bonus", "deductions"]) {
      t[block]?.items.forEach((item: Json, i: number) =>
        out.push({ at: item, path: `${block}.items[${i}]`, item: true }),
      );
    }
    return out;
  }

  it.each(samples)("%s: an unknown kind, a standard or maximum that is not a number", (file) => {
    const original = JSON.parse(readFileSync(join(dir, file), "utf8"));
    let checked = 0;
    nodes(original).forEach((_, n) => {
      for (const breakIt of ["kind", "points"] as const) {
        const t = JSON.parse(JSON.stringify(original));
        const node = nodes(t)[n]!;
        if (breakIt === "kind") {
          if (node.at.rule === undefined) continue;
          node.at.rule = { kind: "bogus" };
        } else if (node.item) node.at.max = "10";
        else if (node.at.standard !== undefined) node.at.standard = -1;
        else continue;
        const problems = problemsOf(t);
        expect({ node: node.path, problems: problems.length }).toEqual({ node: node.path, problems: 1 });
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });
});
