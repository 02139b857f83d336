import type { CompiledTemplate } from "../core/template";
import { parseTemplate } from "../core/template";
import type { TemplateProblem } from "../core/template";
import type { Template } from "../core/template";
import { readJsonFile } from "./readJsonFile";

export type LoadedTemplate =
  | { ok: true; path: string; template: Template; compiled: CompiledTemplate }
  /** `unreadable`: the file could not be read or is not JSON (one problem at path "(file)"). */
  | { ok: false; path: string; unreadable: boolean; problems: TemplateProblem[] };

/** Reads a template file and validates it completely; every problem comes back, nothing throws. */
export async function loadTemplateFile(file: string, cwd: string): Promise<LoadedTemplate> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) {
    return {
      ok: false,
      path: read.path,
      unreadable: true,
      problems: [{ path: "(file)", message: read.message }],
    };
  }
  const parsed = parseTemplate(read.value);
  if (!parsed.ok) return { ok: false, path: read.path, unreadable: false, problems: parsed.problems };
  return { ok: true, path: read.path, template: parsed.template, compiled: parsed.compiled };
}
