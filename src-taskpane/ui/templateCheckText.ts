import { parseJsonText } from "../../core/json";
import { parseTemplate } from "../../core/template";

/** What the pane says about a scoring table file the user picked: valid with its figures, or its problems. */
export type TemplateCheck = { ok: boolean; lines: string[] };

/**
 * Checks a template file's text with the same core the CLI and the back end use (strict JSON, then the template
 * schema and structural checks), in Vietnamese first.
 */
export function templateCheckText(text: string): TemplateCheck {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, lines: [json.problem.message.vi] };
  const parsed = parseTemplate(json.value);
  if (!parsed.ok) {
    return { ok: false, lines: parsed.problems.map((p) => `${p.path}: ${p.message.vi}`) };
  }
  const { template, compiled } = parsed;
  return {
    ok: true,
    lines: [
      `Bảng chấm điểm hợp lệ: ${template.identity.bloc.name}, năm ${template.identity.year}.`,
      `${template.members.length} đơn vị thành viên, ${compiled.nodes.length} mục chấm điểm.`,
      `Dấu vân tay: ${compiled.fingerprint}`,
    ],
  };
}
