import { readFileSync } from "node:fs";
import { join } from "node:path";
import { templateJsonSchemaText } from "../../cli/templateJsonSchema";

describe("templates/schema.json", () => {
  it("is exactly what `npm run schema` generates from TemplateSchema (run it after changing the schema)", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "templates", "schema.json"), "utf8");
    expect(committed).toBe(templateJsonSchemaText());
  });

  it("describes the template's top-level fields and forbids unknown ones", () => {
    const schema = JSON.parse(templateJsonSchemaText());
    expect(schema.title).toContain("bảng chấm điểm");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(["formatVersion", "id", "identity", "members", "base", "sections"]),
    );
    // Fields with defaults are optional in the input form a person writes.
    expect(schema.required).not.toContain("rounding");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["sections", "bonus", "deductions"]),
    );
  });
});
