import type { CompiledTemplate } from "./compileTemplate";
import { compileTemplate } from "./compileTemplate";
import { checkTemplate } from "./checkTemplate";
import type { TemplateProblem } from "./templateProblem";
import type { Template } from "./templateSchema";
import { TemplateSchema } from "./templateSchema";
import { zodIssueToProblem } from "./zodIssueToProblem";

export type ParsedTemplate =
  { ok: true; template: Template; compiled: CompiledTemplate } | { ok: false; problems: TemplateProblem[] };

/** Validates a template (already JSON-parsed) completely: schema first, then structure; every problem at once. */
export function parseTemplate(input: unknown): ParsedTemplate {
  const parsed = TemplateSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(zodIssueToProblem) };
  const problems = checkTemplate(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template: parsed.data, compiled: compileTemplate(parsed.data) };
}
