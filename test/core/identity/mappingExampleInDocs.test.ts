import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIdentityMapping } from "../../../core/identity";

describe("docs/auth.md", () => {
  it("When the board copies the example identity mapping, then it parses and maps all four roles", () => {
    const text = readFileSync(join(__dirname, "../../../docs/auth.md"), "utf8");
    const block = /```json\n([\s\S]*?)```/.exec(text)?.[1];
    const parsed = parseIdentityMapping(JSON.parse(block ?? "null"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.rules.map((rule) => [rule.subject.kind, rule.scope.role])).toEqual([
      ["user", "leader"],
      ["group", "member"],
      ["group", "observer"],
      ["user", "board"],
    ]);
  });
});
