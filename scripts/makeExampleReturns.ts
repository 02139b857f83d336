// Writes examples/returns/<template-id>/<unit-id>.json: one plausible self-scored return per member of every
// sample template, with the template's current fingerprint. Deterministic (values come from a hash of the
// template, unit and criterion codes), so re-running it after a template changes regenerates the same data for
// unchanged criteria. Run: npx tsx scripts/makeExampleReturns.ts — it refuses to write a return that does not
// validate.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fromFixed } from "../core/decimal/fixed";
import { sha256Hex } from "../core/hash/sha256";
import type { Entry, UnitReturn } from "../core/returns/returnSchema";
import { validateReturn } from "../core/scoring/validateReturn";
import type { CompiledNode, CompiledTemplate } from "../core/template/compileTemplate";
import { parseTemplate } from "../core/template/parseTemplate";

const root = join(__dirname, "..");

/** A number in [0, 1) fixed by the words given. */
function chance(...words: string[]): number {
  return parseInt(sha256Hex(words.join("|")).slice(0, 8), 16) / 0x1_0000_0000;
}

/** Rounds down to a multiple of `step`, exactly (values are at most 4 decimals). */
function toStep(value: number, step: number): number {
  return (
    (Math.floor(Math.round(value * 10_000) / Math.round(step * 10_000)) * Math.round(step * 10_000)) / 10_000
  );
}

function quantityFor(node: CompiledNode, strength: number, r: number): number {
  const spread = 0.5 + 0.5 * strength + 0.2 * r;
  switch (node.unit) {
    case "tỷ đồng":
      return Math.round(spread * 15) / 10; // 0,7 – 1,8 billion VND
    case "văn bản":
      return Math.round(spread * 1200);
    default:
      return Math.round(spread * 120); // triệu đồng
  }
}

function entryFor(
  compiled: CompiledTemplate,
  node: CompiledNode,
  unitId: string,
  strength: number,
): Entry | undefined {
  const rule = node.rule;
  if (!rule) return undefined;
  const r = chance(compiled.template.id, unitId, node.code);
  const max = fromFixed(node.max);
  const bonus = node.block === "bonus";
  const deduction = node.block === "deductions";
  let entry: Entry | undefined;
  switch (rule.kind) {
    case "passFail":
      entry = {
        passed: deduction ? r > 0.8 + strength * 0.3 : bonus ? r < strength * 0.5 : r < 0.75 + strength * 0.3,
      };
      break;
    case "ladder": {
      // Strong units mostly reach the top rung; nobody in the samples fails outright.
      const rungs = Math.max(1, rule.levels.length - 1);
      const level = rule.levels[Math.min(rungs - 1, Math.floor((1 - strength) * r * rungs * 1.6))];
      entry = level ? { level: level.code } : undefined;
      break;
    }
    case "percentOfTarget": {
      const target = node.unit === "%" ? 100 : node.unit === "nhà" ? 20 : 40 + Math.round(r * 60);
      const ratio = 0.9 + 0.16 * strength + 0.06 * r;
      entry = { achieved: Math.round(target * ratio), target };
      break;
    }
    case "relativeToBest":
      entry = { quantity: quantityFor(node, strength, r) };
      break;
    case "count": {
      const most = Math.floor(max / rule.pointsPerItem);
      const count = deduction
        ? r > 0.4 + strength * 0.6
          ? 1
          : 0
        : Math.min(most, Math.round(strength * most * 0.8 + r * 1.5));
      entry = { count };
      break;
    }
    case "violations":
      entry = { count: r > 0.35 + strength * 0.6 ? (r > 0.9 ? 2 : 1) : 0 };
      break;
    case "manual": {
      const step = rule.step ?? 0.5;
      const score = deduction
        ? r > 0.5 + strength * 0.5
          ? step
          : 0
        : bonus
          ? toStep(max * strength * r, step)
          : toStep(max * (0.7 + 0.25 * strength + 0.1 * r), step);
      entry = { score: Math.min(score, max) };
      break;
    }
    case "awardHistory":
      return undefined; // read from the bloc's award history, never typed by the unit
  }
  if (entry && node.evidenceRequired) {
    entry.evidence = [
      {
        ref: `Báo cáo số ${1 + Math.floor(r * 98)}/BC-${unitId.toUpperCase()}`,
        description: `Minh chứng cho mục ${node.code}`,
      },
    ];
  }
  return entry;
}

/** The example return of one member: the same every time for the same table. */
export function makeExampleReturn(compiled: CompiledTemplate, unitId: string): UnitReturn {
  const t = compiled.template;
  const strength = chance(t.id, unitId);
  const entries: Record<string, Entry> = {};
  for (const node of compiled.scorable) {
    const entry = entryFor(compiled, node, unitId, strength);
    // An empty bonus or deduction is simply left out: it means "nothing to add or deduct".
    const empty =
      node.block !== "sections" && (entry?.count === 0 || entry?.score === 0 || entry?.passed === false);
    if (entry && !empty) entries[node.code] = entry;
  }
  const submitted =
    t.identity.period === "mid-year" ? `${t.identity.year}-07-05` : `${t.identity.year}-11-25`;
  return {
    formatVersion: 1,
    template: { id: t.id, version: t.identity.version, fingerprint: compiled.fingerprint },
    unitId,
    submittedAt: `${submitted}T08:00:00+07:00`,
    entries,
  };
}

function main(): void {
  const templatesDir = join(root, "templates");
  const files = readdirSync(templatesDir)
    .filter((f) => f.endsWith(".json") && f !== "schema.json")
    .sort();
  for (const file of files) {
    const parsed = parseTemplate(JSON.parse(readFileSync(join(templatesDir, file), "utf8")));
    if (!parsed.ok) throw new Error(`${file} is not a valid template: ${JSON.stringify(parsed.problems)}`);
    const compiled = parsed.compiled;
    const dir = join(root, "examples", "returns", compiled.template.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const member of compiled.template.members) {
      const ret = makeExampleReturn(compiled, member.id);
      const problems = validateReturn(compiled, ret);
      if (problems.length > 0) {
        throw new Error(
          `${compiled.template.id}/${member.id}: ${problems.map((p) => p.message.en).join("; ")}`,
        );
      }
      writeFileSync(join(dir, `${member.id}.json`), `${JSON.stringify(ret, null, 2)}\n`);
    }
    console.log(`${compiled.template.id}: ${compiled.template.members.length} returns`);
  }
}

if (require.main === module) main();
