import type { CompiledTemplate } from "./compileTemplate";
import { compileTemplate } from "./compileTemplate";
import { checkTemplate } from "./checkTemplate";
import { salvageTemplate } from "./salvageTemplate";
import type { TemplateProblem } from "./templateProblem";
import type { Template } from "./templateSchema";
import { TemplateSchema } from "./templateSchema";
import { zodIssueToProblem } from "./zodIssueToProblem";

export type ParsedTemplate =
  { ok: true; template: Template; compiled: CompiledTemplate } | { ok: false; problems: TemplateProblem[] };

/**
 * Validates a template (already JSON-parsed) completely, every problem at once: the schema's, then the structural
 * checks — also when the schema failed, on every part that did parse (broken parts are set aside, see
 * `salvageTemplate`), so fixing one mistake does not reveal the next.
 */
export function parseTemplate(input: unknown): ParsedTemplate {
  const parsed = TemplateSchema.safeParse(input, { reportInput: true });
  if (parsed.success) {
    const problems = checkTemplate(parsed.data);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, template: parsed.data, compiled: compileTemplate(parsed.data) };
  }
  const schemaProblems = parsed.error.issues.map(zodIssueToProblem);
  const salvaged = salvageTemplate(input, parsed.error.issues);
  if (salvaged === undefined) return { ok: false, problems: schemaProblems };
  const seen = new Set(schemaProblems.map((p) => `${p.path}\n${p.message.en}`));
  const structural = checkTemplate(salvaged.template, salvaged.unknown).filter(
    (p) => !seen.has(`${p.path}\n${p.message.en}`),
  );
  return { ok: false, problems: [...schemaProblems, ...structural] };
}
