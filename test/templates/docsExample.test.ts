import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../core/template/parseTemplate";

describe("docs/template-format.md", () => {
  it("shows an example template that passes parseTemplate", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "template-format.md"), "utf8");
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const parsed = parseTemplate(JSON.parse(block ?? ""));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.compiled.sections.map((s) => s.code)).toEqual(["I", "II"]);
  });
});
