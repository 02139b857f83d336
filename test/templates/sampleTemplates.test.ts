import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CriterionKind } from "../../core/template/criterionRuleSchema";
import { CRITERION_KINDS } from "../../core/template/criterionRuleSchema";
import { parseTemplate } from "../../core/template/parseTemplate";
import type { Template, TemplateNode } from "../../core/template/templateSchema";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const dir = join(__dirname, "..", "..", "templates");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && f !== "schema.json")
  .sort();
const raw = (file: string): Json => JSON.parse(readFileSync(join(dir, file), "utf8"));

function parsed(file: string): Template {
  const result = parseTemplate(raw(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems, null, 2)}`);
  return result.template;
}

describe("the sample templates in templates/", () => {
  it("are the four blocs of the sample data", () => {
    expect(files).toEqual([
      "dak-lak-khoi-3-2022.json",
      "ha-giang-khoi-ban-dang-2021.json",
      "ha-giang-khoi-noi-chinh-2022.json",
      "nghe-an-khoi-noi-chinh-llvt-2024.json",
    ]);
  });

  it.each(files)("%s passes parseTemplate, is marked a sample and points at the schema", (file) => {
    const t = parsed(file);
    expect(`${t.id}.json`).toBe(file);
    expect(t.sample).toBe(true);
    expect(t.notice).toContain("MẪU");
    expect(t.notice).toContain("thidua template check");
    expect(t.$schema).toBe("./schema.json");
    expect(t.base).toBe(100);
  });

  it.each(files)("%s gives +15 for last year's Government flag and +10 for the provincial flag", (file) => {
    const t = parsed(file);
    const bonusFor = (award: string) =>
      t.bonus.items.find((i) => i.rule.kind === "awardHistory" && i.rule.award === award);
    expect(bonusFor("co-chinh-phu")?.max).toBe(15);
    expect(bonusFor("co-ubnd-tinh")?.max).toBe(10);
    expect(t.bonus.cap).toBeGreaterThan(0);
    expect(t.deductions.cap).toBeGreaterThan(0);
    expect(t.awards.map((a) => a.name)).toEqual([
      "Cờ thi đua của Chính phủ",
      "Cờ thi đua của UBND tỉnh",
      "Bằng khen của Chủ tịch UBND tỉnh",
    ]);
  });

  it("keep each bloc's members, leader and contents as the public reports give them", () => {
    const hgNc = parsed("ha-giang-khoi-noi-chinh-2022.json");
    expect(hgNc.members).toHaveLength(8);
    expect(hgNc.sections).toHaveLength(9);
    expect(hgNc.members.map((m) => m.shortName ?? m.name)).toEqual([
      "Bộ CHQS tỉnh",
      "BCH Bộ đội Biên phòng tỉnh",
      "Công an tỉnh",
      "VKSND tỉnh",
      "TAND tỉnh",
      "Thanh tra tỉnh",
      "Cục THADS tỉnh",
      "Sở Tư pháp",
    ]);

    const dl = parsed("dak-lak-khoi-3-2022.json");
    expect(dl.members).toHaveLength(12);
    expect(dl.leader).toBe("thanh-tra-tinh");
    expect(dl.members.map((m) => m.name)).toContain("Lữ đoàn 198 – Bộ Tư lệnh Đặc công");

    const na = parsed("nghe-an-khoi-noi-chinh-llvt-2024.json");
    expect(na.members).toHaveLength(8);
    expect(na.sections).toHaveLength(8);

    const bd = parsed("ha-giang-khoi-ban-dang-2021.json");
    expect(bd.members).toHaveLength(9);
    expect(bd.members.find((m) => m.id === bd.leader)?.name).toBe("Ban Dân vận Tỉnh ủy");
    expect(bd.identity.period).toBe("mid-year");
    expect([hgNc, dl, na].map((t) => t.identity.period)).toEqual(["year-end", "year-end", "year-end"]);
  });

  it("use every criterion kind, a ladder with HTXSNV/HTTNV/HTNV/KHTNV, a capped group and evidence", () => {
    const kinds = new Set<CriterionKind>();
    const ladders: string[][] = [];
    let cappedGroups = 0;
    let evidence = 0;
    let hasThirdLevel = false;
    const visit = (node: TemplateNode) => {
      if (node.cap !== undefined && node.children) cappedGroups += 1;
      if (node.evidenceRequired) evidence += 1;
      if (node.rule) {
        kinds.add(node.rule.kind);
        if (node.rule.kind === "ladder") ladders.push(node.rule.levels.map((l) => l.code));
      }
      if (node.children?.some((c) => c.children)) hasThirdLevel = true;
      node.children?.forEach(visit);
    };
    for (const file of files) {
      const t = parsed(file);
      t.sections.forEach(visit);
      for (const item of [...t.bonus.items, ...t.deductions.items]) kinds.add(item.rule.kind);
    }
    expect([...kinds].sort()).toEqual([...CRITERION_KINDS].sort());
    expect(ladders).toContainEqual(["HTXSNV", "HTTNV", "HTNV", "KHTNV"]);
    expect(cappedGroups).toBeGreaterThanOrEqual(4);
    expect(evidence).toBeGreaterThan(4);
    expect(hasThirdLevel).toBe(true);
  });

  it("put the mid-year quantities of the Ban Đảng bloc into relative-to-best and percent-of-target criteria", () => {
    const bd = parsed("ha-giang-khoi-ban-dang-2021.json");
    const criteria = bd.sections.flatMap((s) => s.children ?? []);
    const byUnit = (unit: string) => criteria.find((c) => c.unit === unit)?.rule?.kind;
    expect(byUnit("văn bản")).toBe("relativeToBest");
    expect(byUnit("tỷ đồng")).toBe("relativeToBest");
    expect(byUnit("nhà")).toBe("percentOfTarget");
  });
});

describe("a malformed copy of each sample is rejected with the path of the mistake", () => {
  it.each<[string, (t: Json) => void, string, string]>([
    [
      "ha-giang-khoi-noi-chinh-2022.json",
      (t) => (t.sections[3].children[1].code = "IV.1"),
      "sections[3].children[1].code",
      'Duplicate code "IV.1"',
    ],
    [
      "dak-lak-khoi-3-2022.json",
      (t) => (t.sections[0].children[0].children[1].rule.levels = []),
      "sections[0].children[0].children[1].rule.levels",
      "the rating ladder has no levels",
    ],
    [
      "nghe-an-khoi-noi-chinh-llvt-2024.json",
      (t) => (t.bonus.items[1].rule.award = "co-bo-cong-an"),
      "bonus.items[1].rule.award",
      'award "co-bo-cong-an" is not listed',
    ],
    [
      "ha-giang-khoi-ban-dang-2021.json",
      (t) => (t.leader = "ban-dan-van"),
      "leader",
      'The leader "ban-dan-van" is not a member',
    ],
    [
      "ha-giang-khoi-ban-dang-2021.json",
      (t) => (t.sections[1].cap = 20),
      "sections[1].cap",
      "above its cap 20",
    ],
  ])("%s", (file, mutate, path, message) => {
    const t = raw(file);
    mutate(t);
    const result = parseTemplate(t);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const problem = problems.find((p) => p.path === path);
    expect(problem?.message.en).toContain(message);
  });
});
