import { z } from "zod";
import { TemplateSchema } from "../core/template";

const SCHEMA_TITLE = "Thi Đua — bảng chấm điểm khối thi đua (scoring table template)";

/**
 * The JSON Schema of a template file, generated from `TemplateSchema` (the single source of truth), for editor
 * autocompletion. Input form: fields with defaults are optional, as a person writes them.
 */
export function templateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TemplateSchema, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: SCHEMA_TITLE,
    description:
      "Bảng chấm điểm của một khối/cụm thi đua cho một năm: đơn vị thành viên, nội dung, tiêu chí, điểm chuẩn, " +
      "điểm tối đa, điểm thưởng, điểm trừ. Sinh tự động từ core/template/templateSchema.ts bằng `npm run schema`. " +
      "/ A bloc's scoring table for one year; generated from core/template/templateSchema.ts by `npm run schema`.",
    ...rest,
  };
}

/** The schema as the committed `templates/schema.json` holds it: two-space JSON and a final newline. */
export function templateJsonSchemaText(): string {
  return `${JSON.stringify(templateJsonSchema(), null, 2)}\n`;
}

/** Whether a file holds a template schema thidua wrote (its title), which `template schema -o` may replace. */
export function isOurSchemaText(existing: Buffer): boolean {
  try {
    return (JSON.parse(existing.toString("utf8")) as { title?: unknown } | null)?.title === SCHEMA_TITLE;
  } catch {
    return false;
  }
}
