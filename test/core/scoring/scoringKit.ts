// Shared builders for the scoring tests: compiled templates, returns and criterion contexts.
import type { Entry, UnitReturn } from "../../../core/returns/returnSchema";
import type { CriterionContext } from "../../../core/criteria/criterionKind";
import type { CompiledNode, CompiledTemplate } from "../../../core/template/compileTemplate";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

/** Compiles a template input, failing the test with its problems if it is not valid. */
export function compile(input: TemplateInput): CompiledTemplate {
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new Error(`invalid test template: ${JSON.stringify(parsed.problems, null, 2)}`);
  return parsed.compiled;
}

export const allKinds: CompiledTemplate = compile(allKindsTemplate);

type NodeInput = NonNullable<TemplateInput["sections"]>[number];
type Block = NonNullable<TemplateInput["bonus"]>;

/** A valid table around the given sections (base = their standard points unless given). */
export function tableWith(
  sections: NodeInput[],
  extra: Partial<Pick<TemplateInput, "rounding" | "base">> & { bonus?: Block; deductions?: Block } = {},
): CompiledTemplate {
  const sum = (nodes: NodeInput[]): number =>
    nodes.reduce((s, n) => s + (n.children ? sum(n.children) : (n.standard ?? 0)), 0);
  return compile({
    ...allKindsTemplate,
    id: "bang-thu",
    base: extra.base ?? Math.round(sum(sections) * 10_000) / 10_000,
    rounding: extra.rounding ?? { decimals: 2, mode: "half-up" },
    sections,
    bonus: extra.bonus ?? { items: [] },
    deductions: extra.deductions ?? { items: [] },
  });
}

/** A table with one section "I" holding one criterion "I.1". */
export function oneCriterion(
  criterion: Omit<NodeInput, "code" | "title"> & { title?: string },
  rounding?: TemplateInput["rounding"],
): { compiled: CompiledTemplate; node: CompiledNode } {
  const compiled = tableWith(
    [{ code: "I", title: "Nội dung I", children: [{ code: "I.1", title: "Tiêu chí I.1", ...criterion }] }],
    rounding === undefined ? {} : { rounding },
  );
  return { compiled, node: compiled.byCode.get("I.1")! };
}

/** A return of `unitId` on `compiled`, with the right template id and fingerprint. */
export function returnOf(
  compiled: CompiledTemplate,
  entries: Record<string, Entry>,
  unitId = "cong-an-tinh",
): UnitReturn {
  return {
    formatVersion: 1,
    template: { id: compiled.template.id, fingerprint: compiled.fingerprint },
    unitId,
    entries,
  };
}

/** The context `scoreCriterion` needs, for `compiled`'s rounding and year. */
export function contextOf(
  compiled: CompiledTemplate,
  extra: Partial<CriterionContext> = {},
): CriterionContext {
  return {
    rounding: compiled.template.rounding,
    year: compiled.template.identity.year,
    unitId: "cong-an-tinh",
    history: undefined,
    best: undefined,
    ...extra,
  };
}

/** Evidence for entries of criteria that require it. */
export const withEvidence = { evidence: [{ ref: "Báo cáo số 12/BC-CA" }] };

/** A complete, valid return on `allKinds`: 26 + 12 + 8 | 5 + 10 + 7 | 20,5 = 88,5 with I.3 best 150. */
export const fullEntries: Record<string, Entry> = {
  "I.1": { achieved: 92, target: 100, ...withEvidence },
  "I.2": { level: "HTXSNV" },
  "I.3": { quantity: 120 },
  "II.1": { passed: true },
  "II.2": { count: 4, ...withEvidence },
  "II.3": { count: 2 },
  "III.1": { score: 20.5 },
};
