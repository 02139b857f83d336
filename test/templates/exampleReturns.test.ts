import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { makeExampleReturn } from "../../scripts/makeExampleReturns";
import { HistoryFileSchema } from "../../core/ranking/historyFileSchema";
import { parseReturn } from "../../core/returns/parseReturn";
import { validateReturn } from "../../core/scoring/validateReturn";
import type { CompiledTemplate } from "../../core/template/compileTemplate";
import { parseTemplate } from "../../core/template/parseTemplate";

const root = join(__dirname, "..", "..");
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(root, ...parts), "utf8"));

function compiled(id: string): CompiledTemplate {
  const parsed = parseTemplate(readJson("templates", `${id}.json`));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems)}`);
  return parsed.compiled;
}

const templateIds = readdirSync(join(root, "templates"))
  .filter((f) => f.endsWith(".json") && f !== "schema.json")
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

describe("examples/returns", () => {
  it("has a folder of returns for every sample template", () => {
    expect(readdirSync(join(root, "examples", "returns")).sort()).toEqual(templateIds);
  });

  it.each(templateIds)(
    "%s: one return per member, made on the current table, without a single problem",
    (id) => {
      const c = compiled(id);
      const files = readdirSync(join(root, "examples", "returns", id)).sort();
      expect(files).toEqual(c.template.members.map((m) => `${m.id}.json`).sort());
      for (const file of files) {
        const ret = parseReturn(readJson("examples", "returns", id, file));
        if (!ret.ok) throw new Error(`${file}: ${JSON.stringify(ret.problems)}`);
        expect(ret.value.unitId).toBe(file.replace(/\.json$/, ""));
        expect(ret.value.template).toEqual({
          id,
          version: c.template.identity.version,
          fingerprint: c.fingerprint,
        });
        expect(validateReturn(c, ret.value)).toEqual([]);
      }
    },
  );
});

describe("examples/history", () => {
  it.each(templateIds)(
    "%s: names members and awards of the table, with a flag from the year before",
    (id) => {
      const c = compiled(id);
      const history = HistoryFileSchema.parse(readJson("examples", "history", `${id}.json`));
      expect(history.bloc).toBe(c.template.identity.bloc.id);
      expect(history.sample).toBe(true);
      const awardIds = new Set(c.template.awards.map((a) => a.id));
      for (const record of history.awards) {
        expect(c.memberIds.has(record.unitId)).toBe(true);
        expect(awardIds.has(record.award)).toBe(true);
      }
      const lastYear = c.template.identity.year - 1;
      expect(history.awards.some((a) => a.year === lastYear && a.award.startsWith("co-") && !a.revoked)).toBe(
        true,
      );
    },
  );
});

describe("scripts/makeExampleReturns.ts", () => {
  it.each(templateIds)("%s: regenerates exactly the committed returns", (id) => {
    const c = compiled(id);
    for (const member of c.template.members) {
      const committed = readFileSync(join(root, "examples", "returns", id, `${member.id}.json`), "utf8");
      expect(`${JSON.stringify(makeExampleReturn(c, member.id), null, 2)}\n`).toBe(committed);
    }
  });
});
