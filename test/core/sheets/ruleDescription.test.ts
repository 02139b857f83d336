import { ruleDescription } from "../../../core/sheets/ruleDescription";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

/** The "Cách chấm" text of I.1 (percent of target, standard 30) with the given points per step and maximum. */
function percentRuleText(over: number, under: number, max: number): string {
  const template = structuredClone(allKindsTemplate) as TemplateInput;
  const node = template.sections[0]?.children?.[0];
  if (!node?.rule || node.rule.kind !== "percentOfTarget") throw new Error("I.1 is not percent of target");
  node.rule = { ...node.rule, pointsPerStepOver: over, pointsPerStepUnder: under };
  node.max = max;
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const compiled = parsed.compiled.byCode.get("I.1");
  if (!compiled) throw new Error("no I.1");
  return ruleDescription(compiled);
}

describe("ruleDescription of percent of target", () => {
  it("When exceeding the target earns points, then both steps are stated with the maximum and the floor", () => {
    expect(percentRuleText(0.5, 0.5, 33)).toMatch(
      /^Nhập kết quả \(F\) và chỉ tiêu \(G\): đạt 100% = 30; mỗi 1% trọn vượt \+0,5 \(tối đa 33\), mỗi 1% trọn thiếu −0,5 \(sàn 0\)/,
    );
  });

  it("When exceeding the target earns nothing, then no '+0' is written: 100% or more gives the standard", () => {
    const text = percentRuleText(0, 0.5, 30);
    expect(text).not.toMatch(/\+0(?![,\d])/);
    expect(text).not.toContain("vượt");
    expect(text).toMatch(
      /^Nhập kết quả \(F\) và chỉ tiêu \(G\): đạt 100% trở lên = 30; mỗi 1% trọn thiếu −0,5 \(sàn 0\)/,
    );
  });

  it("When falling short costs nothing, then no '−0' is written: up to 100% gives the standard", () => {
    const text = percentRuleText(0.5, 0, 33);
    expect(text).not.toContain("thiếu");
    expect(text).toMatch(
      /^Nhập kết quả \(F\) và chỉ tiêu \(G\): từ 100% trở xuống = 30; mỗi 1% trọn vượt \+0,5 \(tối đa 33\)/,
    );
  });
});
