import { fromFixed } from "../../core/decimal/fixed";
import type { AwardRecord } from "../../core/returns/awardHistory";
import type { Entry, UnitReturn } from "../../core/returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../../core/template/compileTemplate";
import { randomInt } from "./seededRandom";

/**
 * A random valid entry for a criterion, with edge values (0, exactly on target, caps, floors) often enough.
 * `clean` entries also pass validateReturn: never missing, counts within the item's maximum, evidence given.
 */
export function randomEntry(node: CompiledNode, rand: () => number, clean = false): Entry | undefined {
  const rule = node.rule;
  if (!rule || rule.kind === "awardHistory") return undefined;
  if (!clean && rand() < 0.08) return undefined; // a missing entry
  const entry: Entry = {};
  switch (rule.kind) {
    case "passFail":
      entry.passed = rand() < 0.7;
      break;
    case "ladder":
      entry.level = rule.levels[randomInt(rand, 0, rule.levels.length - 1)]?.code ?? "";
      break;
    case "percentOfTarget": {
      if (rand() < 0.15) {
        entry.percent = randomInt(rand, 0, 15000) / 100;
        break;
      }
      const target = [100, 50, 12, 37.5, 1486, 3][randomInt(rand, 0, 5)] ?? 100;
      entry.target = target;
      const pick = rand();
      entry.achieved =
        pick < 0.15 ? target : pick < 0.25 ? 0 : Math.round(target * (0.5 + rand()) * 100) / 100;
      break;
    }
    case "relativeToBest":
      entry.quantity = randomInt(rand, 0, 500);
      break;
    case "count":
      entry.count = randomInt(rand, 0, clean ? Math.floor(fromFixed(node.max) / rule.pointsPerItem) : 12);
      break;
    case "violations":
      entry.count = randomInt(rand, 0, 12);
      break;
    case "manual": {
      const max = fromFixed(node.max);
      const step = rule.step ?? 0.01;
      const steps = Math.floor(max / step + 1e-9);
      entry.score = Math.round(randomInt(rand, 0, steps) * step * 10000) / 10000;
      break;
    }
  }
  if (node.evidenceRequired && (clean || rand() < 0.8))
    entry.evidence = [{ ref: `CV số ${randomInt(rand, 1, 999)}/BC` }];
  if (rand() < 0.2) entry.note = "Ghi chú của đơn vị";
  return entry;
}

/** A random valid return of `unitId` for the template (`clean`: one validateReturn finds no problem in). */
export function randomReturn(
  compiled: CompiledTemplate,
  unitId: string,
  rand: () => number,
  clean = false,
): UnitReturn {
  const entries: Record<string, Entry> = {};
  for (const node of compiled.scorable) {
    const entry = randomEntry(node, rand, clean);
    if (entry) entries[node.code] = entry;
  }
  return {
    formatVersion: 1,
    template: {
      id: compiled.template.id,
      version: compiled.template.identity.version,
      fingerprint: compiled.fingerprint,
    },
    unitId,
    entries,
  };
}

/** Random award history for the template's award-history bonuses: some units hold last year's awards. */
export function randomHistory(compiled: CompiledTemplate, rand: () => number): AwardRecord[] {
  const out: AwardRecord[] = [];
  const year = compiled.template.identity.year;
  for (const member of compiled.template.members) {
    for (const award of compiled.template.awards) {
      if (rand() < 0.3)
        out.push({
          unitId: member.id,
          year: year - 1,
          award: award.id,
          ...(rand() < 0.2 ? { revoked: true } : {}),
        });
    }
  }
  return out;
}
