import { criterionName, unitName } from "../../../core/template/displayNames";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled = parsed.compiled;

describe("names people read in messages", () => {
  it("When a unit's name is its own, then the unit is named without its id; an unknown id stays quoted", () => {
    expect(unitName(compiled, "tand-tinh")).toBe("Tòa án nhân dân tỉnh");
    expect(unitName(compiled, "cong-an")).toBe('"cong-an"');
  });

  it("When two members' names read the same, then each carries its id in brackets", () => {
    const members = [...compiled.template.members, { id: "tand-tinh-2", name: "Tòa án  nhân dân tỉnh" }];
    const twice = { ...compiled, template: { ...compiled.template, members } };
    expect(unitName(twice, "tand-tinh")).toBe("Tòa án nhân dân tỉnh (tand-tinh)");
    expect(unitName(twice, "tand-tinh-2")).toBe("Tòa án  nhân dân tỉnh (tand-tinh-2)");
    expect(unitName(twice, "so-tu-phap")).toBe("Sở Tư pháp");
  });

  it("When a criterion's title is its own, then it is named by its kind and title; on a clash its code follows", () => {
    const node = compiled.byCode.get("I.1");
    expect(criterionName(compiled, "I.1").vi).toBe(`tiêu chí “${node?.title}”`);
    expect(criterionName(compiled, "I").vi).toMatch(/^nội dung “/);
    const same = structuredClone(allKindsTemplate);
    const [first, second] = same.sections[0]?.children ?? [];
    if (!first || !second) throw new Error("the fixture's first section has two criteria");
    second.title = first.title;
    const reparsed = parseTemplate(same);
    if (!reparsed.ok) throw new Error("invalid");
    expect(criterionName(reparsed.compiled, "I.2").vi).toBe(`tiêu chí “${first.title}” (I.2)`);
    expect(criterionName(reparsed.compiled, "I.9")).toEqual({ vi: 'mục "I.9"', en: 'item "I.9"' });
  });
});
