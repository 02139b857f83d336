import type { TemplateInput, TemplateNode } from "../../core/template/templateSchema";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";

type NodeInput = NonNullable<TemplateInput["sections"]>[number];

/** A criterion of kind number `i % 7` (every section kind in turn), standard 1 point. */
function criterion(code: string, i: number): NodeInput {
  const base = { code, title: `Tiêu chí ${code}: kết quả thực hiện nhiệm vụ số ${i + 1}`, standard: 1 };
  switch (i % 7) {
    case 0:
      return { ...base, rule: { kind: "passFail" } };
    case 1:
      return {
        ...base,
        max: 1.2,
        rule: {
          kind: "ladder",
          levels: [
            { code: "A", label: "Tốt", points: 1.2 },
            { code: "B", label: "Đạt", points: 1 },
            { code: "C", label: "Chưa đạt", points: 0 },
          ],
        },
      };
    case 2:
      return {
        ...base,
        max: 1.5,
        evidenceRequired: true,
        rule: { kind: "percentOfTarget", pointsPerStepOver: 0.05, pointsPerStepUnder: 0.05 },
      };
    case 3:
      return { ...base, rule: { kind: "relativeToBest" } };
    case 4:
      return { ...base, max: 2, rule: { kind: "count", pointsPerItem: 0.25 } };
    case 5:
      return { ...base, rule: { kind: "violations", pointsPerViolation: 0.25 } };
    default:
      return { ...base, rule: { kind: "manual", step: 0.25 } };
  }
}

/**
 * A template with `criteria` criteria in 10 sections (each criterion worth 1 point, kinds in turn), plus
 * allKindsTemplate's members, bonus and deduction blocks: the size benchmarks and the sync-count tests use.
 */
export function bigTemplate(criteria = 300): TemplateInput {
  const perSection = Math.ceil(criteria / 10);
  const sections: NodeInput[] = [];
  for (let s = 0; s < 10; s++) {
    const children: NodeInput[] = [];
    for (let k = 0; k < perSection && s * perSection + k < criteria; k++)
      children.push(criterion(`${s + 1}.${k + 1}`, s * perSection + k));
    if (children.length > 0) sections.push({ code: `${s + 1}`, title: `Nội dung ${s + 1}`, children });
  }
  return {
    ...structuredClone(allKindsTemplate),
    id: "mau-300-tieu-chi",
    base: criteria,
    sections: sections as TemplateNode[],
  };
}
